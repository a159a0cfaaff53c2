import { USER_TYPE_GROUPS, type Company, type Department, type Employee, type Group, type Snapshot, type User } from '@sightline/odoo-model';
import type { OrganisationOptions } from './organisation-options.type';
import { SeededRandom } from './seeded-random';

/** Login dates (whole seconds, as Odoo stores them) fall in the year before this instant, so generated data does not depend on today. */
const EPOCH = Date.parse('2025-06-01T00:00:00Z');
const YEAR_MS = 365 * 24 * 3600 * 1000;

interface Ids {
  user: number;
  company: number;
  department: number;
  employee: number;
}

/**
 * The snapshot plus a generated organisation: companies, departments with managers, users with
 * application groups drawn from the snapshot's own groups, and an employee per internal user. HR
 * records are generated only when the snapshot has `hr.employee`. Deterministic for a seed.
 */
export function generateOrganisation(snapshot: Snapshot, options: OrganisationOptions): Snapshot {
  const random = new SeededRandom(options.seed ?? 1);
  // Ids 1 and 2 are Odoo's superuser (__system__) and admin: a generated user must never get them.
  const ids: Ids = { user: Math.max(maxId(snapshot.users), reservedUserIds) + 1, company: maxId(snapshot.companies) + 1, department: maxId(snapshot.departments) + 1, employee: maxId(snapshot.employees) + 1 };
  const companies = generateCompanies(snapshot, options, ids);
  const allCompanies = [...snapshot.companies, ...companies];
  const users = generateUsers(snapshot, options, allCompanies, random, ids);
  const withHr = snapshot.models.some((model) => model.name === 'hr.employee');
  const hr = withHr ? generateHr(users, allCompanies, options, random, ids) : { departments: [], employees: [], users };
  return {
    ...snapshot,
    companies: allCompanies,
    users: [...snapshot.users, ...hr.users],
    departments: [...snapshot.departments, ...hr.departments],
    employees: [...snapshot.employees, ...hr.employees],
  };
}

function generateCompanies(snapshot: Snapshot, options: OrganisationOptions, ids: Ids): Company[] {
  const count = options.companies ?? Math.max(1, Math.round(options.users / 2500));
  const parentKey = snapshot.companies[0]?.key ?? null;
  return Array.from({ length: count }, (_, index) => {
    const id = ids.company++;
    return { key: `#${id}`, xmlid: null, id, name: `Company ${index + 1}`, parentKey };
  });
}

/** Application groups a user may be given: the non-share groups shown on the user form. */
function rolePool(groups: readonly Group[]): string[] {
  return groups.filter((g) => !g.share && g.userType === null && (g.category !== null || g.privilege !== null)).map((g) => g.xmlid);
}

function generateUsers(snapshot: Snapshot, options: OrganisationOptions, companies: readonly Company[], random: SeededRandom, ids: Ids): User[] {
  const pool = rolePool(snapshot.groups);
  const groupsOf = userGroupsPicker(pool, options.jobRoles, random);
  return Array.from({ length: options.users }, (_, index) => {
    const id = ids.user++;
    const portal = random.chance(options.portalShare ?? 0.1);
    const company = random.pick(companies);
    const extra = random.chance(0.1) ? random.pick(companies) : company;
    const roles = portal || pool.length === 0 ? [] : groupsOf();
    return {
      key: `#${id}`,
      xmlid: null,
      id,
      login: `user${index + 1}@example.com`,
      name: `User ${index + 1}`,
      active: !random.chance(options.archivedShare ?? 0.05),
      share: portal,
      userType: portal ? 'portal' : 'internal',
      groupXmlids: [...new Set([portal ? USER_TYPE_GROUPS.portal : USER_TYPE_GROUPS.internal, ...roles])].sort(),
      companyKeys: [...new Set([company.key, extra.key])].sort(),
      companyKey: company.key,
      loginDate: random.chance(0.9) ? new Date(EPOCH - random.below(YEAR_MS / 1000) * 1000).toISOString().replace('.000Z', 'Z') : null,
      employee: null,
    };
  });
}

/** How a user's application groups are drawn: per job role when roles are asked for, else at random. */
function userGroupsPicker(pool: readonly string[], jobRoles: number | undefined, random: SeededRandom): () => string[] {
  if (!jobRoles) return () => Array.from({ length: random.below(5) }, () => random.pick(pool));
  const roles = Array.from({ length: jobRoles }, () => Array.from({ length: 1 + random.below(4) }, () => random.pick(pool)));
  return () => {
    const role = random.pick(roles);
    return random.chance(0.05) ? [...role, random.pick(pool)] : role;
  };
}

function generateHr(users: readonly User[], companies: readonly Company[], options: OrganisationOptions, random: SeededRandom, ids: Ids) {
  const departments = companies.flatMap((company) => generateDepartments(company, users, options, random, ids));
  const employees: Employee[] = [];
  const managers = new Map<string, Employee>();
  const linked = users.map((user) => {
    if (user.share) return user;
    const own = departments.filter((d) => d.companyKey === user.companyKey);
    const department = own.length > 0 ? random.pick(own) : null;
    const manager = department ? managers.get(department.key) : undefined;
    const id = ids.employee++;
    const employee: Employee = { key: `#${id}`, xmlid: null, id, name: user.name, userKey: user.key, departmentKey: department?.key ?? null, parentKey: manager?.key ?? null, companyKey: user.companyKey, active: user.active };
    employees.push(employee);
    if (department && !manager) managers.set(department.key, employee);
    return user.active ? { ...user, employee: { employeeKey: employee.key, departmentKey: employee.departmentKey, parentEmployeeKey: employee.parentKey } } : user;
  });
  const withManagers = departments.map((d) => ({ ...d, managerKey: managers.get(d.key)?.key ?? null }));
  return { departments: withManagers, employees, users: linked };
}

function generateDepartments(company: Company, users: readonly User[], options: OrganisationOptions, random: SeededRandom, ids: Ids): Department[] {
  const members = users.filter((u) => u.companyKey === company.key).length;
  const count = options.departmentsPerCompany ?? Math.max(1, Math.round(members / 25));
  const departments: Department[] = [];
  for (let index = 0; index < count; index++) {
    const id = ids.department++;
    const parentKey = departments.length > 0 ? random.pick(departments).key : null;
    departments.push({ key: `#${id}`, xmlid: null, id, name: `${company.name ?? company.key} / Department ${index + 1}`, parentKey, managerKey: null, companyKey: company.key });
  }
  return departments;
}

const reservedUserIds = 2;

function maxId(records: readonly { readonly id: number | null }[]): number {
  return records.reduce((max, record) => Math.max(max, record.id ?? 0), 0);
}
