import type { Company, Department, Employee, Snapshot, User } from '@sightline/odoo-model';

export interface OrganisationOptions {
  readonly users: number;
  readonly seed?: number;
  readonly companies?: number;
  readonly departments?: number;
  /** Distinct job roles (sets of application groups) users are drawn from. */
  readonly roles?: number;
}

/**
 * A deterministic organisation on top of a snapshot's security model: companies, a department tree,
 * one employee per internal user with a manager, and users holding job roles (1-4 application groups
 * each, sometimes one more group), a share of portal users and of inactive users. Existing users
 * (admin, root) are kept.
 */
export function generateOrganisation(snapshot: Snapshot, options: OrganisationOptions): Snapshot {
  const random = mulberry32(options.seed ?? 1);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const companies = Array.from({ length: options.companies ?? 3 }, (_, i): Company => ({
    key: i === 0 ? 'base.main_company' : `org.company_${i}`, xmlid: null, id: 1 + i, name: `Company ${i}`, parentKey: i === 0 ? null : 'base.main_company',
  }));
  const departments = Array.from({ length: options.departments ?? 60 }, (_, i): Department => ({
    key: `org.department_${i}`, xmlid: null, id: 100 + i, name: `Department ${i}`, parentKey: i < 6 ? null : `org.department_${Math.floor(random() * Math.min(i, 20))}`,
    managerKey: null, companyKey: companies[i % companies.length]!.key,
  }));
  const appGroups = snapshot.groups.map((g) => g.xmlid).filter((x) => !/^base\.group_(user|portal|public|no_one|system|erp_manager)$/.test(x));
  const roles = Array.from({ length: options.roles ?? 150 }, () => Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(appGroups)));
  const users: User[] = [];
  const employees: Employee[] = [];
  for (let i = 0; i < options.users; i++) {
    const key = `org.user_${i}`;
    const portal = random() < 0.15;
    const groups = portal ? ['base.group_portal'] : ['base.group_user', ...pick(roles), ...(random() < 0.1 ? [pick(appGroups)] : [])];
    const own = companies.filter((_, c) => c === 0 || random() < 0.3).map((c) => c.key);
    const department = pick(departments);
    users.push({
      key, xmlid: null, id: 1000 + i, login: `user${i}@example.com`, name: `User ${i}`, active: random() > 0.05, share: portal, userType: null,
      groupXmlids: [...new Set(groups)], companyKeys: own, companyKey: pick(own), loginDate: null, employee: null,
    });
    if (!portal) {
      const manager = employees.length ? employees[Math.floor(random() * Math.min(employees.length, 200))]!.key : null;
      employees.push({ key: `org.employee_${i}`, xmlid: null, id: 100000 + i, name: `Employee ${i}`, userKey: key, departmentKey: department.key, parentKey: manager, companyKey: department.companyKey, active: true });
    }
  }
  return { ...snapshot, companies, departments, employees, users: [...snapshot.users, ...users] };
}

/** A small fast seeded PRNG (deterministic benchmarks and fixtures). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
