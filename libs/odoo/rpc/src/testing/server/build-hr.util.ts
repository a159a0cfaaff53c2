import type { Department, Employee } from '@sightline/odoo-model';
import { assignIds } from './assign-ids.util';
import { idOfRecordKey } from './id-of-record-key.util';
import type { BuildContext } from './build-context.type';

/** `hr.department` and `hr.employee` rows (managers and parents may point either way, so ids come first). */
export function buildHr(ctx: BuildContext, departments: readonly Department[], employees: readonly Employee[]): void {
  const departmentIds = idsOf(departments);
  const employeeIds = idsOf(employees);
  const ref = (ids: Map<string, number>, key: string | null) => (key === null ? false : ids.get(key)!);
  for (const department of departments) {
    const values = {
      name: department.name ?? false,
      parent_id: ref(departmentIds, department.parentKey),
      manager_id: ref(employeeIds, department.managerKey),
      company_id: ref(ctx.companyIds, department.companyKey),
      active: true,
    };
    const id = ctx.db.table('hr.department').insert(values, departmentIds.get(department.key));
    if (department.xmlid) ctx.db.addXmlid(department.xmlid, 'hr.department', id);
  }
  for (const employee of employees) {
    const values = {
      name: employee.name ?? false,
      user_id: ref(ctx.userIds, employee.userKey),
      department_id: ref(departmentIds, employee.departmentKey),
      parent_id: ref(employeeIds, employee.parentKey),
      company_id: ref(ctx.companyIds, employee.companyKey),
      active: employee.active,
    };
    const id = ctx.db.table('hr.employee').insert(values, employeeIds.get(employee.key));
    if (employee.xmlid) ctx.db.addXmlid(employee.xmlid, 'hr.employee', id);
  }
}

function idsOf(records: readonly { readonly key: string; readonly id: number | null }[]): Map<string, number> {
  const byKey = new Map(records.map((record) => [record.key, record]));
  return assignIds([...byKey.keys()], (key) => byKey.get(key)!.id ?? idOfRecordKey(key));
}
