import { AccessEngine } from '../engine/access-engine';
import { computeRecordScope } from '../exposure/compute-record-scope.util';
import { post19HrAccessRows } from '../testing/post19-hr-access-rows.test-util';
import { snapshotFromSpec } from '../testing/spec-snapshot.test-util';

/** The first real post-19 `ir.access` file (hr), with the groups it names. */
describe('post-19 hr ir.access.csv', () => {
  const snapshot = {
    ...snapshotFromSpec({
      version: 'post-19',
      groups: { 'base.group_user': [], 'base.group_system': ['base.group_user'], 'hr.group_hr_user': ['base.group_user'] },
      companies: { c1: { id: 1 }, c2: { id: 2 } },
      users: {
        officer: { id: 101, groups: ['hr.group_hr_user'], company: 'c1' },
        settings: { id: 102, groups: ['base.group_system'], company: 'c1' },
        employee: { id: 103, groups: ['base.group_user'], company: 'c1' },
      },
      employees: { e1: { id: 11, company: 'c1', user: 'officer' }, e2: { id: 12, company: 'c2', parent: 'e1' }, e3: { id: 13, company: 'c2' } },
    }),
    accessRows: post19HrAccessRows(),
  };
  const engine = AccessEngine.create(snapshot);
  const access = (user: string, model: string, op: 'read' | 'write' | 'create' | 'unlink') => computeRecordScope(engine, user, model, op);

  it('HR officers get every operation on employees, restricted by the former multi-company rule', () => {
    const read = access('officer', 'hr.employee', 'read');
    expect(read.scope?.scope).toBe('custom');
    expect(read.count).toEqual({ model: 'hr.employee', evaluable: true, matching: 2, total: 3 });
    expect(access('officer', 'hr.employee', 'unlink').allowed).toBe(true);
  });

  it('Settings reads employees (a permission row), internal users have no permission at all', () => {
    expect(access('settings', 'hr.employee', 'read').allowed).toBe(true);
    expect(access('settings', 'hr.employee', 'write').allowed).toBe(false);
    expect(access('employee', 'hr.employee', 'read').allowed).toBe(false);
  });

  it('a permission row with a domain scopes one operation: department managers update their departments', () => {
    expect(access('employee', 'hr.department', 'read').scope?.scope).toBe('own-company');
    const managerWrite = access('employee', 'hr.department', 'write').scope;
    expect([managerWrite?.scope, managerWrite?.exact]).toEqual(['own-company', false]);
    expect(managerWrite?.domain).toContain("('manager_id', 'in', user.employee_id.ids)");
    expect(access('officer', 'hr.department', 'write').scope?.domain).toBe("[('company_id', 'in', company_ids + [False])]");
  });
});
