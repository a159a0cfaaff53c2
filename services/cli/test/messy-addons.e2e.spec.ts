import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { realOdooTree } from '@sightline/odoo-corpus';
import type { Snapshot } from '@sightline/odoo-model';
import { CliError } from '../src/cli-error';
import { checkAddons } from '../src/commands/check.command';
import { snapshotAddons } from '../src/commands/snapshot.command';
import { CLIENT_A, CLIENT_B, coachSecurityXml, FILLER_MODULES, writeMessyAddons, type MessyAddons } from './messy-addons.test-util';

/** Whole trees are read (the real 17.0 and the fixture), twice per check: bounds for a hang, not for speed. */
const SLOW = 300_000;

function sink(): PassThrough & { text(): string } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  return Object.assign(stream, { text: () => Buffer.concat(chunks).toString('utf8') });
}

describe('a messy third-party addons tree beside the published 17.0 tree', () => {
  const odoo = realOdooTree('17.0').addonsPaths;
  let messy: MessyAddons;
  let out: string;
  beforeAll(() => {
    messy = writeMessyAddons();
    out = mkdtempSync(join(tmpdir(), 'sightline-messy-out-'));
  });
  afterAll(() => {
    messy.remove();
    rmSync(out, { recursive: true, force: true });
  });

  it('reads whole, with a warning for each thing Odoo would skip, and counts the modules', async () => {
    const err = sink();
    const file = join(out, 'messy.json');
    // Odoo's comma-separated addons_path, as copied from odoo.conf
    expect(await snapshotAddons({ addons: [[...odoo, ...messy.addonsPaths].join(',')], out: file }, sink(), err)).toBe(0);
    const snapshot = JSON.parse(readFileSync(file, 'utf8')) as Snapshot;
    const installed = snapshot.meta.modules.map((m) => m.name);
    expect(installed).toEqual(expect.arrayContaining(['hr', 'acme_hr_coach', 'acme_filler_001', `acme_filler_${FILLER_MODULES}`]));
    expect(installed).not.toEqual(expect.arrayContaining(['acme_legacy']));
    expect(installed.filter((m) => m.startsWith('acme_') && !m.startsWith('acme_filler_'))).toEqual(['acme_hr_coach']);
    expect(err.text()).toMatch(new RegExp(`^snapshot of Odoo 17\\.0: ${462 + FILLER_MODULES + 1} modules, .*; 4 warning\\(s\\)`));
    const warnings = snapshot.meta.warnings.map((w) => `${w.file}${w.line ? `:${w.line}` : ''}: ${w.message}`);
    expect(warnings).toEqual(expect.arrayContaining([
      "acme_broken/__manifest__.py:1: unexpected ',' (module left out, as Odoo skips it)",
      expect.stringMatching(/acme_payroll_bridge\/__manifest__\.py: module 'acme_payroll_bridge' depends on 'hr_payroll', which is in no addons path$/),
      "acme_hr_coach/data/acme_defaults.xml: listed in the manifest of 'acme_hr_coach' but missing",
      'acme_hr_coach/security/ir.model.access.csv:2: row has 9 cells, the header 8: the last 1 ignored',
    ]));
    expect(snapshot.models.find((m) => m.name === 'acme.coaching.session')).toMatchObject({ module: 'acme_hr_coach' });
    const groupsOf = (field: string) => snapshot.fields.find((f) => f.model === 'acme.coaching.session' && f.name === field)?.groups.map((g) => g.xmlid);
    expect(groupsOf('employee_id')).toEqual(['acme_hr_coach.group_acme_coach']);
    expect(groupsOf('notes')).toEqual(['acme_hr_coach.group_acme_coach', 'hr.group_hr_user']);
    expect(snapshot.acls.find((a) => a.xmlid === 'acme_hr_coach.access_acme_session_coach')).toMatchObject({ model: 'acme.coaching.session', groupXmlid: 'acme_hr_coach.group_acme_coach' });
  }, SLOW);

  it('--strict turns those warnings into exit 3, naming each', async () => {
    const read = snapshotAddons({ addons: [...odoo, ...messy.addonsPaths], install: ['acme_hr_coach'], strict: true, out: join(out, 'strict.json') }, sink(), sink());
    await expect(read).rejects.toThrow(CliError);
    await expect(read).rejects.toThrow(/acme_defaults\.xml: listed in the manifest of 'acme_hr_coach' but missing\n3 read warning\(s\), an error with --strict$/);
  }, SLOW);

  describe('check, base and head trees side by side', () => {
    let head: string;
    const headPaths = () => [...odoo, join(head, CLIENT_A), join(head, CLIENT_B)];
    beforeEach(() => {
      head = mkdtempSync(join(tmpdir(), 'sightline-messy-head-'));
      cpSync(messy.root, head, { recursive: true });
    });
    afterEach(() => rmSync(head, { recursive: true, force: true }));
    const check = async () => {
      const report = sink();
      const code = await checkAddons({ addons: headPaths(), base: [...odoo, ...messy.addonsPaths], format: 'text' }, 'test', report);
      return { code, text: report.text() };
    };

    it('catches a custom group that newly implies hr.group_hr_user (exit 1)', async () => {
      writeHead('acme_hr_coach/security/acme_security.xml', coachSecurityXml("(4, ref('hr.group_hr_user'))"));
      const { code, text } = await check();
      expect(code).toBe(1);
      expect(text).toMatch(/acme_security\.xml:\d+: error SL001 .*acme_hr_coach\.group_acme_coach/);
      expect(text).toMatch(new RegExp(`head: Odoo 17\\.0, ${462 + FILLER_MODULES + 1} modules, 8 read warnings`));
    }, SLOW);

    it('passes an unrelated change (exit 0)', async () => {
      writeHead('acme_hr_coach/security/acme_security.xml', coachSecurityXml("(4, ref('base.group_user'))"));
      const { code, text } = await check();
      expect(text).toMatch(/✓ no new HR-data access/);
      expect(code).toBe(0);
    }, SLOW);

    it('stops (exit 3) when the change adds something it cannot read, instead of passing it', async () => {
      writeHead('acme_hr_coach/__manifest__.py', "{'name': 'ACME HR coaching', 'depends': ['hr'],, }\n");
      await expect(check()).rejects.toThrow(/acme_hr_coach\/__manifest__\.py:1:\d+: .*\(new at head: not compared\)/);
    }, SLOW);

    function writeHead(path: string, content: string): void {
      writeFileSync(join(head, CLIENT_A, path), content);
    }
  });
});
