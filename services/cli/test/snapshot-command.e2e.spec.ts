import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { realOdooTree, type OdooTree } from '@sightline/odoo-corpus';
import { parseSnapshot } from '@sightline/odoo-model';
import { runCli } from './run-cli.test-util';

describe('sightline snapshot (built, real Odoo 17.0 tree)', () => {
  let tree: OdooTree;
  let work: string;

  beforeAll(() => {
    tree = realOdooTree('17.0'); // unpacked once under the system's temp folder and shared: never removed here
    work = mkdtempSync(join(tmpdir(), 'sightline-snapshot-cli-'));
  }, 120_000);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('writes a valid snapshot in which Timesheets / Administrator implies Employees / Officer', () => {
    const out = join(work, 'hr.json');
    const result = runCli(['snapshot', '--addons', ...tree.addonsPaths, '--install', 'hr_timesheet', '--out', out]);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/^snapshot of Odoo 17\.0: \d+ modules, \d+ groups, \d+ ACL rows, \d+ rules, \d+ protected fields; 0 warning\(s\) → /);
    const parsed = parseSnapshot(readFileSync(out, 'utf8'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const manager = parsed.snapshot.groups.find((g) => g.xmlid === 'hr_timesheet.group_timesheet_manager');
    expect(manager?.impliedXmlids).toContain('hr.group_hr_user');
    const privateEmail = parsed.snapshot.fields.find((f) => f.model === 'hr.employee' && f.name === 'private_email');
    expect(privateEmail?.groups).toEqual([{ xmlid: 'hr.group_hr_user', negated: false }]);
  }, 120_000);

  it('exits 3 naming the file and line of a broken XML file', () => {
    const broken = join(work, 'broken-addons');
    cpSync(join(tree.addonsPaths[0], 'hr'), join(broken, 'hr'), { recursive: true });
    const xml = join(broken, 'hr', 'security', 'hr_security.xml');
    writeFileSync(xml, readFileSync(xml, 'utf8').replace('</record>', '</recrod>'));
    const result = runCli(['snapshot', '--addons', broken, ...tree.addonsPaths, '--install', 'hr', '--odoo-version', '17.0']);
    expect(result.status).toBe(3);
    expect(result.stderr).toMatch(new RegExp(`^sightline: ${xml.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+`));
  }, 120_000);
});
