import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { realOdooTree, type OdooTree } from '@sightline/odoo-corpus';
import { runCli } from './run-cli.test-util';

interface GroupJson {
  xmlid: string;
  name: string | null;
  via: string[];
  fields: { model: string; field: string; access: string; scope: string; via: string[] }[];
}

const TIMESHEET_ADMIN = 'hr_timesheet.group_timesheet_manager';
const VIA_HR_OFFICER = [TIMESHEET_ADMIN, 'hr.group_hr_user'];

describe('sightline exposure (built, real Odoo 17.0 tree)', () => {
  let tree: OdooTree;
  let work: string;
  const exposure = (...args: string[]) => runCli(['exposure', '--addons', ...tree.addonsPaths, '--install', 'hr_timesheet,hr_recruitment', ...args]);

  beforeAll(() => {
    tree = realOdooTree('17.0'); // unpacked once under the system's temp folder and shared: never removed here
    work = mkdtempSync(join(tmpdir(), 'sightline-exposure-cli-'));
  }, 120_000);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('--by group --category hr --format json: Timesheets / Administrator reads private e-mails through Employees / Officer', () => {
    const result = exposure('--by', 'group', '--category', 'hr', '--format', 'json');
    expect(result.status).toBe(0);
    const { groups } = JSON.parse(result.stdout) as { groups: GroupJson[] };
    const manager = groups.find((g) => g.xmlid === TIMESHEET_ADMIN)!;
    expect(Object.keys(manager)).toEqual(['xmlid', 'name', 'via', 'fields']);
    expect(manager.via).toEqual(VIA_HR_OFFICER);
    expect(manager.name).toBe('Administrator');
    const email = manager.fields.find((f) => f.model === 'hr.employee' && f.field === 'private_email')!;
    expect(Object.keys(email)).toEqual(['model', 'field', 'access', 'scope', 'via']);
    expect(email).toEqual({ model: 'hr.employee', field: 'private_email', access: 'write', scope: 'own-company', via: VIA_HR_OFFICER });
    const recruitment = groups.find((g) => g.xmlid === 'hr_recruitment.group_hr_recruitment_user')!;
    expect(recruitment.fields.find((f) => f.field === 'private_email')?.via).toEqual(['hr_recruitment.group_hr_recruitment_user', 'hr.group_hr_user']);
  }, 120_000);

  it('--category hr leaves out personal data of other subjects, which --category all covers', () => {
    const internalFields = (category: string) => {
      const { groups } = JSON.parse(exposure('--by', 'group', '--category', category, '--format', 'json').stdout) as { groups: GroupJson[] };
      return groups.find((g) => g.xmlid === 'base.group_user')!.fields.map((f) => `${f.model}/${f.field}`);
    };
    expect(internalFields('hr')).toContain('hr.employee.public/work_email');
    expect(internalFields('hr')).not.toContain('res.partner/email');
    expect(internalFields('all')).toContain('res.partner/email');
  }, 120_000);

  it('--by field lists the readers of hr.employee.private_email: groups with their chain, and users', () => {
    const result = exposure('--by', 'field', '--category', 'hr');
    expect(result.status).toBe(0);
    const block = result.stdout.split('\n\n').find((b) => b.startsWith('hr.employee.private_email '))!;
    expect(block).toContain(`group  ${TIMESHEET_ADMIN}  write  own-company  via ${VIA_HR_OFFICER.join(' > ')}`);
    expect(block).toContain('group  hr.group_hr_user  write  own-company  via hr.group_hr_user');
    expect(block).toMatch(/^ {2}user {2}admin {2}write {2}own-company$/m);
  }, 120_000);

  it('--format csv starts with a header, then one row per (group, field)', () => {
    const result = exposure('--by', 'group', '--category', 'hr', '--format', 'csv');
    expect(result.status).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('group,group_name,model,field,access,scope,via,categories,subjects,restricted_by');
    expect(lines).toContain(`${TIMESHEET_ADMIN},Administrator,hr.employee,private_email,write,own-company,${VIA_HR_OFFICER.join(' > ')},user.contact.email,employee,`);
    const byField = exposure('--by', 'field', '--category', 'hr', '--format', 'csv').stdout.split('\n');
    expect(byField[0]).toBe('model,field,reader_kind,reader,reader_name,access,scope,via,count,restricted_by');
    expect(byField).toContain('hr.employee,private_email,user,admin,,write,own-company,,,');
  }, 120_000);

  it('--by user: the administrator reads private data as HR Administrator', () => {
    const { users } = JSON.parse(exposure('--by', 'user', '--category', 'hr', '--format', 'json').stdout) as {
      users: { key: string; fields: { field: string; via: string[] }[] }[];
    };
    const admin = users.find((u) => u.key === 'base.user_admin')!;
    expect(admin.fields.find((f) => f.field === 'private_email')?.via).toEqual(['hr.group_hr_manager', 'hr.group_hr_user']);
  }, 120_000);

  it('reports a snapshot file as it reports the addons it was read from', () => {
    const file = join(work, 'snapshot.json');
    expect(runCli(['snapshot', '--addons', ...tree.addonsPaths, '--install', 'hr_timesheet,hr_recruitment', '--out', file]).status).toBe(0);
    const fromFile = runCli(['exposure', '--snapshot', file, '--by', 'group', '--category', 'hr', '--format', 'json']);
    expect(fromFile.status).toBe(0);
    expect(fromFile.stdout).toBe(exposure('--by', 'group', '--category', 'hr', '--format', 'json').stdout);
  }, 120_000);

  it('applies classification overrides, and exits 3 naming file and line when they are wrong', () => {
    const overrides = join(work, 'overrides.yaml');
    writeFileSync(overrides, 'fields:\n  - model: hr.employee\n    field: private_email\n    personal: false\n    reason: test\n');
    const result = exposure('--by', 'field', '--category', 'hr', '--format', 'json', '--classification', overrides);
    expect(result.status).toBe(0);
    const { fields } = JSON.parse(result.stdout) as { fields: { model: string; field: string }[] };
    expect(fields.some((f) => f.model === 'hr.employee' && f.field === 'private_email')).toBe(false);
    expect(fields.some((f) => f.model === 'hr.employee' && f.field === 'private_phone')).toBe(true);
    writeFileSync(overrides, 'fields:\n  - model: hr.employee\n    field: private_email\n    personal: maybe\n');
    const bad = exposure('--by', 'field', '--classification', overrides);
    expect(bad.status).toBe(3);
    expect(bad.stderr).toContain(`${overrides}:4:15: fields[0].personal`);
  }, 120_000);

  it('exits 3 on an unreadable snapshot file, 2 without a source', () => {
    const missing = runCli(['exposure', '--snapshot', join(work, 'nope.json'), '--by', 'group']);
    expect(missing.status).toBe(3);
    expect(missing.stderr).toContain('nope.json: cannot read');
    expect(runCli(['exposure', '--by', 'group']).status).toBe(2);
  }, 120_000);

  it('exits 3 naming the file and line of a broken security file', () => {
    const broken = join(work, 'broken-addons');
    cpSync(join(tree.addonsPaths[0], 'hr'), join(broken, 'hr'), { recursive: true });
    const xml = join(broken, 'hr', 'security', 'hr_security.xml');
    writeFileSync(xml, readFileSync(xml, 'utf8').replace('</record>', '</recrod>'));
    const result = runCli(['exposure', '--addons', broken, ...tree.addonsPaths, '--install', 'hr', '--odoo-version', '17.0', '--by', 'group']);
    expect(result.status).toBe(3);
    expect(result.stderr).toMatch(new RegExp(`^sightline: ${xml.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+`));
  }, 120_000);
});
