import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { realOdooTree, type OdooTree } from '@sightline/odoo-corpus';
import type { CheckReport } from '@sightline/ci-gate';
import { runCli } from './run-cli.test-util';
import { CUSTOM_HR_MODULE, CUSTOM_UNRELATED_MODULE, editFile, overlayTree, runCliIn, writeFiles } from './check-trees.test-util';

const json = (stdout: string) => JSON.parse(stdout) as CheckReport;

describe('sightline check (built, real Odoo 17.0 and 18.0 trees)', () => {
  // The published trees, unpacked once under the system's temp folder and shared: never written to or removed here.
  let v17: OdooTree;
  let v18: OdooTree;
  const heads: { remove(): void }[] = [];
  /** Stock 17.0 plus an addons folder of the test's own (with copies of `modules` to change) in front. */
  const head17 = (modules: readonly string[] = []) => {
    const head = overlayTree(v17, modules);
    heads.push(head);
    return head;
  };

  beforeAll(() => {
    v17 = realOdooTree('17.0');
    v18 = realOdooTree('18.0');
  }, 120_000);
  afterAll(() => heads.forEach((h) => h.remove()));

  it('17.0 → 18.0 reports Time Off Officer/Administrator and Contracts Administrator as new HR-data access', () => {
    const result = runCli(['check', '--addons', ...v18.addonsPaths, '--base', ...v17.addonsPaths, '--format', 'json']);
    expect(result.status).toBe(1);
    const report = json(result.stdout);
    const groups = report.findings.filter((f) => f.rule === 'SL001').map((f) => f.group!.xmlid);
    expect(groups).toEqual(expect.arrayContaining(['hr_holidays.group_hr_holidays_user', 'hr_holidays.group_hr_holidays_manager', 'hr_contract.group_hr_contract_manager']));
    const officer = report.findings.find((f) => f.group?.xmlid === 'hr_holidays.group_hr_holidays_user')!;
    expect(officer.cause).toEqual({ kind: 'new-implication', detail: 'hr_holidays.group_hr_holidays_user now implies hr.group_hr_user' });
    expect(officer.location?.file).toMatch(/hr_holidays\/security\/hr_holidays_security\.xml$/);
    expect(officer.fields).toContainEqual(expect.objectContaining({ model: 'hr.employee', field: 'ssnid', access: 'write' }));
    expect(officer.chain).toEqual(['hr_holidays.group_hr_holidays_user', 'hr.group_hr_user']);
  }, 120_000);

  it('a custom module whose group implies Employees / Officer fails with exit 1 at the group record', () => {
    const head = head17();
    writeFiles(head.addonsPath, CUSTOM_HR_MODULE);
    const result = runCli(['check', '--addons', ...head.addonsPaths, '--base', ...v17.addonsPaths, '--format', 'json']);
    expect(result.status).toBe(1);
    const [finding, ...others] = json(result.stdout).findings.filter((f) => f.severity === 'error');
    expect(others).toEqual([]);
    expect(finding).toMatchObject({
      rule: 'SL001',
      group: { xmlid: 'acme_hr_bridge.group_acme_coordinator', name: 'Acme Coordinator', module: 'acme_hr_bridge' },
      chain: ['acme_hr_bridge.group_acme_coordinator', 'hr.group_hr_user'],
      cause: { kind: 'new-group' },
    });
    expect(finding!.location!.file).toMatch(/addons\/acme_hr_bridge\/security\/acme_security\.xml$/);
    expect(finding!.location!.line).toBe(3);
    expect(finding!.fields).toContainEqual(expect.objectContaining({ model: 'hr.employee', field: 'private_email' }));
  }, 120_000);

  it('a module adding an unrelated group passes with exit 0', () => {
    const head = head17();
    writeFiles(head.addonsPath, CUSTOM_UNRELATED_MODULE);
    const result = runCli(['check', '--addons', ...head.addonsPaths, '--base', ...v17.addonsPaths]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/✓ no new HR-data access/);
  }, 120_000);

  it('removing groups= from hr.employee.ssnid fails', () => {
    const head = head17(['hr']);
    const file = join(head.addonsPath, 'hr', 'models', 'hr_employee.py');
    editFile(file, `ssnid = fields.Char('SSN No', help='Social Security Number', groups="hr.group_hr_user", tracking=True)`, "ssnid = fields.Char('SSN No', help='Social Security Number', tracking=True)");
    const result = runCli(['check', '--addons', ...head.addonsPaths, '--base', ...v17.addonsPaths, '--format', 'json']);
    expect(result.status).toBe(1);
    const report = json(result.stdout);
    const weakened = report.findings.filter((f) => f.rule === 'SL002');
    expect(weakened.map((f) => `${f.fields[0]!.model}.${f.fields[0]!.field}`)).toEqual(['hr.employee.ssnid', 'res.users.ssnid']);
    const removed = weakened[0]!;
    expect(removed.cause.detail).toBe('groups="hr.group_hr_user" was removed');
    expect(removed.location?.file).toMatch(/addons\/hr\/models\/hr_employee\.py$/);
    expect(removed.location?.line).toBe(lineOf(file, 'ssnid = fields.Char'));
    const settings = report.findings.find((f) => f.rule === 'SL001' && f.group?.xmlid === 'base.group_system');
    expect(settings?.fields.map((f) => `${f.model}.${f.field}`)).toEqual(['hr.employee.ssnid', 'res.users.ssnid']);
    expect(settings?.cause.kind).toBe('field-groups');
  }, 120_000);

  it('a broken XML file exits 3 naming the file and line', () => {
    const head = head17(['hr']);
    const xml = join(head.addonsPath, 'hr', 'security', 'hr_security.xml');
    editFile(xml, '</record>', '</recrod>');
    const result = runCli(['check', '--addons', ...head.addonsPaths, '--base', ...v17.addonsPaths]);
    expect(result.status).toBe(3);
    expect(result.stderr).toMatch(new RegExp(`^sightline: ${escape(xml)}:\\d+`));
  }, 120_000);

  it('exits 2 on usage errors', () => {
    expect(runCli(['check', '--addons', ...v17.addonsPaths]).status).toBe(2);
    expect(runCli(['check', '--addons', ...v17.addonsPaths, '--base', ...v17.addonsPaths, '--baseline', 'x.json']).status).toBe(2);
    expect(runCli(['check', '--addons', ...v17.addonsPaths, '--base', ...v17.addonsPaths, '--format', 'xml']).status).toBe(2);
  }, 120_000);

  it('writes SARIF located at the introducing record, and passes against its own baseline', () => {
    const head = head17();
    writeFiles(head.addonsPath, CUSTOM_HR_MODULE);
    const work = mkdtempSync(join(tmpdir(), 'sightline-check-'));
    heads.push({ remove: () => rmSync(work, { recursive: true, force: true }) });
    const sarifFile = join(work, 'check.sarif');
    expect(runCli(['check', '--addons', ...head.addonsPaths, '--base', ...v17.addonsPaths, '--format', 'sarif', '--output', sarifFile]).status).toBe(1);
    const sarif = JSON.parse(readFileSync(sarifFile, 'utf8'));
    const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'SL001');
    expect(result.locations[0].physicalLocation.artifactLocation.uri).toMatch(/acme_hr_bridge\/security\/acme_security\.xml$/);
    expect(result.locations[0].physicalLocation.region).toEqual({ startLine: 3 });
    const baseline = join(work, 'baseline.json');
    expect(runCli(['check', '--addons', ...head.addonsPaths, '--baseline-write', baseline]).status).toBe(0);
    expect(runCli(['check', '--addons', ...head.addonsPaths, '--baseline', baseline]).status).toBe(0);
    expect(runCli(['check', '--addons', ...head.addonsPaths, '--baseline', join(v17.addonsPaths[0], 'hr', '__manifest__.py')]).status).toBe(3);
  }, 120_000);

  it('an allowance in the policy passes the finding until it expires', () => {
    const head = head17();
    writeFiles(head.addonsPath, CUSTOM_HR_MODULE);
    const policy = (expires: string) => {
      const file = join(head.addonsPath, '..', `sightline-${expires}.yml`);
      writeFileSync(file, `allow:\n  - group: acme_hr_bridge.group_acme_coordinator\n    model: hr.employee\n    reason: coordinators run onboarding (DPO ticket 42)\n    expires: ${expires}\n  - group: acme_hr_bridge.group_acme_coordinator\n    model: res.users\n    reason: same\n    expires: ${expires}\n`);
      return file;
    };
    expect(runCli(['check', '--addons', ...head.addonsPaths, '--base', ...v17.addonsPaths, '--policy', policy('2999-12-31')]).status).toBe(0);
    const expired = runCli(['check', '--addons', ...head.addonsPaths, '--base', ...v17.addonsPaths, '--policy', policy('2000-01-01')]);
    expect(expired.status).toBe(1);
    expect(expired.stdout).toMatch(/expired on 2000-01-01/);
  }, 120_000);
});

// The usual layout: the company's addons in its repository, the Odoo tree installed elsewhere (here the
// shared published 17.0 tree, outside any repository: read as it is on both sides).
describe('sightline check --base-ref (a temporary git repository of custom addons)', () => {
  let repo: string;
  let odoo: OdooTree;
  const check = (...args: string[]) => runCliIn(repo, ['check', '--addons', join(repo, 'addons'), ...odoo.addonsPaths, ...args]);
  beforeAll(() => {
    odoo = realOdooTree('17.0');
    repo = mkdtempSync(join(tmpdir(), 'sightline-git-'));
    writeFiles(join(repo, 'addons'), CUSTOM_UNRELATED_MODULE);
    git(repo, 'init', '-q');
    git(repo, 'add', '-A');
    git(repo, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'base');
    writeFiles(join(repo, 'addons'), CUSTOM_HR_MODULE);
    git(repo, 'add', '-A');
    git(repo, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'custom');
  }, 120_000);
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  it('compares with the addons paths at HEAD~1 without touching the working tree', () => {
    const status = git(repo, 'status', '--porcelain');
    const result = check('--base-ref', 'HEAD~1', '--format', 'github');
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^::error file=addons\/acme_hr_bridge\/security\/acme_security\.xml,line=3,title=SL001 new HR-data access%3A acme_hr_bridge\.group_acme_coordinator::/m);
    expect(git(repo, 'status', '--porcelain')).toBe(status);
    expect(git(repo, 'worktree', 'list').trim().split('\n')).toHaveLength(1);
    expect(check('--base-ref', 'HEAD').status).toBe(0);
    expect(check('--base-ref', 'no-such-ref').status).toBe(3);
  }, 120_000);
});

function git(cwd: string, ...args: string[]): string {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

function lineOf(file: string, text: string): number {
  return readFileSync(file, 'utf8').split('\n').findIndex((line) => line.includes(text)) + 1;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

