import { AccessEngine } from '../engine/access-engine';
import { computeRecordScope } from '../exposure/compute-record-scope.util';
import { snapshotFromSpec, type RuleSpec } from '../testing/spec-snapshot.test-util';

function countFor(domain: string, model = 'hr.employee', user = 'u1'): string {
  const rules: RuleSpec[] = [{ id: 'x.rule', model, domain }];
  const snapshot = snapshotFromSpec({
    version: '17.0',
    groups: { 'base.group_user': [] },
    companies: { c1: { id: 1 }, c2: { id: 2, parent: 'c1' } },
    departments: { d1: { id: 21 }, d2: { id: 22, parent: 'd1' } },
    users: { u1: { id: 101, groups: ['base.group_user'], companies: ['c1', 'c2'], company: 'c2' } },
    employees: {
      e1: { id: 11, user: 'u1', company: 'c1', department: 'd1' },
      e2: { id: 12, company: 'c2', department: 'd2', parent: 'e1' },
      e3: { id: 13 },
    },
    acls: [['x.acl', model, null, 'r']],
    rules,
  });
  const count = computeRecordScope(AccessEngine.create(snapshot), user, model, 'read').count!;
  return count.evaluable ? `${count.matching}/${count.total}` : `n/a: ${count.reason}`;
}

describe('record counts on mirrored records', () => {
  it.each([
    ["[('company_id', 'in', user.env.companies.ids)]", '2/3'],
    ["[('company_id', '=', user.env.company.id)]", '1/3'],
    ["[('company_id', 'child_of', company_id)]", '1/3'],
    ["[('company_id', 'child_of', [1])]", '2/3'],
    ["[('id', 'in', user.employee_ids.ids)]", '1/3'],
    ["[('parent_id', '=', user.employee_id)]", '1/3'],
    ["[('department_id', 'child_of', user.employee_id.department_id.id)]", '2/3'],
    ["[('company_id', 'in', user.company_ids.mapped('id'))]", '2/3'],
  ])('%s → %s', (domain, expected) => {
    expect(countFor(domain)).toBe(expected);
  });

  it('cannot evaluate `time` (removed in 19; Sightline stays deterministic)', () => {
    expect(countFor("[('date', '<', time.strftime('%Y-%m-%d'))]")).toMatch(/^n\/a: the rule context cannot be evaluated/);
  });

  it('says which field is not mirrored', () => {
    expect(countFor("[('coach_id.user_id', '=', user.id)]")).toBe('n/a: hr.employee.coach_id is not mirrored');
  });

  it('counts users, departments and companies too, and nothing of other models', () => {
    expect(countFor("[('company_ids', 'in', company_ids)]", 'res.users')).toBe('1/1');
    expect(countFor("[('id', '!=', 0)]", 'x.model')).toBe('n/a: the snapshot mirrors no x.model records');
  });
});
