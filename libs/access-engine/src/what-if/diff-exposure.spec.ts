import { AccessEngine } from '../engine/access-engine';
import { snapshotFromSpec, type SnapshotSpec } from '../testing/spec-snapshot.test-util';
import { diffExposure } from './diff-exposure.util';

const base: SnapshotSpec = {
  version: '17.0',
  groups: { 'base.group_user': [], 'hr.group_hr_user': ['base.group_user'] },
  users: { a: { groups: ['hr.group_hr_user'] }, b: { groups: ['hr.group_hr_user'] }, c: { groups: ['base.group_user'] } },
  acls: [['hr.access_hr_employee_user', 'hr.employee', 'hr.group_hr_user', 'rwcd']],
  rules: [{ id: 'hr.hr_employee_comp_rule', model: 'hr.employee', domain: "['|', ('company_id', '=', False), ('company_id', 'in', company_ids)]" }],
  fields: { 'hr.employee/private_email': 'hr.group_hr_user' },
};

describe('diffExposure of two snapshots', () => {
  it('reports added, removed and changed exposure, users grouped per difference', () => {
    const after: SnapshotSpec = {
      ...base,
      version: '18.0',
      users: { a: { groups: ['hr.group_hr_user'] }, b: { groups: ['hr.group_hr_user'], active: false }, c: { groups: ['hr.group_hr_user'] }, d: { groups: ['hr.group_hr_user'] } },
      rules: [{ id: 'hr.hr_employee_comp_rule', model: 'hr.employee', domain: "['|', ('company_id', 'in', company_ids + [False]), ('user_id', '=', user.id)]" }],
    };
    const diff = diffExposure(AccessEngine.create(snapshotFromSpec(base)), AccessEngine.create(snapshotFromSpec(after)));
    const lines = (changes: typeof diff.added) => changes.map((c) => `${c.operation} ${[...c.userKeys].sort().join(',')} ${c.before?.scope ?? '-'}→${c.after?.scope ?? '-'}`).sort();
    expect(lines(diff.added)).toEqual(['read c,d -→custom', 'write c,d -→custom']);
    expect(lines(diff.removed)).toEqual(['read b own-company→-', 'write b own-company→-']);
    expect(lines(diff.changed)).toEqual(['read a own-company→custom', 'write a own-company→custom']);
  });

  it('is empty between an engine and itself', () => {
    const engine = AccessEngine.create(snapshotFromSpec(base));
    expect(diffExposure(engine, engine)).toEqual({ added: [], removed: [], changed: [] });
  });
});
