import type { Department, Employee, EmployeeLink } from '@sightline/odoo-model';
import type { OdooRecord } from '../client/odoo-record.type';
import { many2oneId } from './many2one-id.util';
import { textOrNull } from './text-or-null.util';
import type { XmlIdIndex } from './xml-id-index';

export interface MappedHr {
  readonly departments: Department[];
  readonly employees: Employee[];
  /** The `employee_id` of each user id (see {@link employeeOfUser}). */
  readonly linkOfUser: ReadonlyMap<number, EmployeeLink>;
}

/** Departments and employees, and which employee each user is. */
export function mapHr(departments: readonly OdooRecord[], employees: readonly OdooRecord[], users: readonly OdooRecord[], index: XmlIdIndex): MappedHr {
  const key = (model: string, value: unknown) => {
    const id = many2oneId(value);
    return id === null ? null : index.recordKey(model, id);
  };
  const mappedDepartments = departments.map((row) => ({
    key: index.recordKey('hr.department', row.id),
    xmlid: index.xmlid('hr.department', row.id),
    id: row.id,
    name: textOrNull(row['name']),
    parentKey: key('hr.department', row['parent_id']),
    managerKey: key('hr.employee', row['manager_id']),
    companyKey: key('res.company', row['company_id']),
  }));
  const mappedEmployees = employees.map((row) => ({
    key: index.recordKey('hr.employee', row.id),
    xmlid: index.xmlid('hr.employee', row.id),
    id: row.id,
    name: textOrNull(row['name']),
    userKey: key('res.users', row['user_id']),
    departmentKey: key('hr.department', row['department_id']),
    parentKey: key('hr.employee', row['parent_id']),
    companyKey: key('res.company', row['company_id']),
    active: row['active'] !== false,
  }));
  return { departments: mappedDepartments, employees: mappedEmployees, linkOfUser: employeeOfUser(employees, users, index) };
}

/**
 * A user's `employee_id` as Odoo computes it: among the user's active employees, the one of the
 * user's current company, else the first (`employee_ids` hides archived employees).
 */
function employeeOfUser(employees: readonly OdooRecord[], users: readonly OdooRecord[], index: XmlIdIndex): Map<number, EmployeeLink> {
  const companyOfUser = new Map(users.map((user) => [user.id, many2oneId(user['company_id'])]));
  const chosen = new Map<number, OdooRecord>();
  for (const employee of employees) {
    const userId = many2oneId(employee['user_id']);
    if (userId === null || employee['active'] === false) continue;
    const current = chosen.get(userId);
    const inCompany = (e: OdooRecord) => many2oneId(e['company_id']) === companyOfUser.get(userId);
    if (!current || (!inCompany(current) && inCompany(employee))) chosen.set(userId, employee);
  }
  const link = (model: string, value: unknown) => {
    const id = many2oneId(value);
    return id === null ? null : index.recordKey(model, id);
  };
  return new Map(
    [...chosen].map(([userId, employee]) => [
      userId,
      { employeeKey: index.recordKey('hr.employee', employee.id), departmentKey: link('hr.department', employee['department_id']), parentEmployeeKey: link('hr.employee', employee['parent_id']) },
    ]),
  );
}
