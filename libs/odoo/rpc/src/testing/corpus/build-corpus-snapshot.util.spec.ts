import { parseSnapshot } from '@sightline/odoo-model';
import { corpusDir } from '../corpus-dir.util';
import { buildCorpusSnapshot } from './build-corpus-snapshot.util';

describe('buildCorpusSnapshot', () => {
  const build = (odooVersion: '17.0' | '18.0' | '19.0') => buildCorpusSnapshot({ corpusDir: corpusDir(), odooVersion, modules: ['hr'] });

  it.each(['17.0', '18.0', '19.0'] as const)('reads a valid %s snapshot of hr and its dependencies', (version) => {
    const snapshot = build(version);
    const result = parseSnapshot(snapshot);
    expect(result.ok ? [] : result.issues).toEqual([]);
    const group = (xmlid: string) => snapshot.groups.find((g) => g.xmlid === xmlid);
    expect(group('hr.group_hr_manager')?.impliedXmlids).toContain('hr.group_hr_user');
    expect(group('base.group_system')?.impliedXmlids).toEqual(expect.arrayContaining(['base.group_erp_manager']));
    expect(snapshot.users.find((u) => u.key === 'base.user_admin')?.groupXmlids).toEqual(expect.arrayContaining(['base.group_system', 'hr.group_hr_manager']));
    expect(snapshot.acls.find((a) => a.xmlid === 'hr.access_hr_employee_user')).toMatchObject({ model: 'hr.employee', groupXmlid: 'hr.group_hr_user' });
    expect(snapshot.rules.find((r) => r.xmlid === 'hr.hr_employee_comp_rule')).toMatchObject({ model: 'hr.employee', groupXmlids: [] });
    expect(snapshot.meta.modules.map((m) => m.name)).toEqual(expect.arrayContaining(['base', 'mail', 'hr']));
    expect(snapshot.meta.modules[0]!.name).toBe('base');
  });

  it('17/18: new users get the groups stock modules add to base.default_user (HR Administrator among them)', () => {
    expect(build('17.0').defaultUserGroupXmlids).toEqual(expect.arrayContaining(['base.group_user', 'hr.group_hr_manager']));
  });

  it('19: groups carry privileges, and default_user_group implies nothing outside demo data', () => {
    const snapshot = build('19.0');
    expect(snapshot.groups.find((g) => g.xmlid === 'hr.group_hr_user')?.privilege).toMatchObject({
      xmlid: 'hr.res_groups_privilege_employees',
      category: { xmlid: 'base.module_category_human_resources' },
    });
    expect(snapshot.defaultUserGroupXmlids).toEqual([]);
  });

  it('takes field groups from effective-field-groups.csv', () => {
    const ssnid = build('17.0').fields.find((f) => f.model === 'hr.employee' && f.name === 'ssnid');
    expect(ssnid).toMatchObject({ groups: [{ xmlid: 'hr.group_hr_user', negated: false }], groupsSource: 'explicit', setBy: { module: 'hr' } });
  });
});
