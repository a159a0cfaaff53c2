import { createSnapshot, parseSnapshot, type Group, type Snapshot, type User } from '@sightline/odoo-model';
import { generateOrganisation } from './generate-organisation.util';

const HR = { xmlid: 'base.module_category_human_resources_employees', name: 'Employees' };
const ADMINISTRATION = { xmlid: 'base.module_category_administration_administration', name: 'Administration' };

function group(xmlid: string, impliedXmlids: string[], extra: Partial<Group> = {}): Group {
  return { xmlid, name: xmlid, module: xmlid.split('.')[0]!, category: null, privilege: null, impliedXmlids, share: false, comment: null, userType: null, ...extra };
}

function user(xmlid: string, groupXmlids: string[]): User {
  return {
    key: xmlid, xmlid, id: null, login: xmlid, name: null, active: true, share: false, userType: 'internal', groupXmlids,
    companyKeys: ['base.main_company'], companyKey: 'base.main_company', loginDate: null, employee: null,
  };
}

/** What an addon-tree reading of base + hr gives: no database ids and no `res.company` records. */
function readingOfHr(): Snapshot {
  return createSnapshot({
    meta: { odooVersion: '18.0', source: { kind: 'addons', description: 'base + hr' }, createdAt: '2025-01-01T00:00:00Z', modules: [], warnings: [] },
    groups: [
      group('base.group_user', [], { userType: 'internal' }),
      group('base.group_portal', [], { userType: 'portal', share: true }),
      group('base.group_public', [], { userType: 'public', share: true }),
      group('base.group_no_one', []),
      group('base.group_erp_manager', ['base.group_user'], { category: ADMINISTRATION }),
      group('base.group_system', ['base.group_erp_manager'], { category: ADMINISTRATION }),
      group('hr.group_hr_user', ['base.group_user'], { category: HR }),
      group('hr.group_hr_manager', ['hr.group_hr_user'], { category: HR }),
    ],
    users: [user('base.user_root', ['base.group_system']), user('base.user_admin', ['base.group_system', 'hr.group_hr_manager'])],
    models: [{ name: 'hr.employee', description: 'Employee', kind: 'Model', module: 'hr', inherits: [] }],
  });
}

describe('generateOrganisation', () => {
  const base = readingOfHr();

  it('is deterministic for a seed and valid', () => {
    const a = generateOrganisation(base, { users: 300, seed: 42 });
    expect(generateOrganisation(base, { users: 300, seed: 42 })).toEqual(a);
    expect(generateOrganisation(base, { users: 300, seed: 43 })).not.toEqual(a);
    const result = parseSnapshot(a);
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it('adds users with the snapshot application groups, employees for internal users, and managed departments', () => {
    const org = generateOrganisation(base, { users: 300, seed: 1, companies: 2 });
    const added = org.users.slice(base.users.length);
    const applications = new Set(['base.group_erp_manager', 'base.group_system', 'hr.group_hr_user', 'hr.group_hr_manager']);
    expect(added).toHaveLength(300);
    for (const u of added) {
      const roles = u.groupXmlids.filter((g) => g !== 'base.group_user' && g !== 'base.group_portal');
      expect(u.groupXmlids).toContain(u.share ? 'base.group_portal' : 'base.group_user');
      expect(roles.filter((g) => !applications.has(g) || u.share)).toEqual([]);
    }
    expect(new Set(added.flatMap((u) => u.groupXmlids))).toEqual(new Set(['base.group_user', 'base.group_portal', ...applications]));
    expect(org.employees).toHaveLength(added.filter((u) => !u.share).length);
    expect(org.departments.every((d) => d.managerKey !== null)).toBe(true);
    expect(org.companies).toHaveLength(base.companies.length + 2);
    const employees = new Map(org.employees.map((e) => [e.key, e]));
    for (const user of added.filter((u) => u.employee)) expect(employees.get(user.employee!.employeeKey)).toMatchObject({ userKey: user.key, active: true });
  });

  it('numbers what it adds above the ids the snapshot holds, under its first company', () => {
    const live: Snapshot = {
      ...base,
      companies: [{ key: 'base.main_company', xmlid: 'base.main_company', id: 1, name: 'YourCompany', parentKey: null }],
      users: base.users.map((u, index) => ({ ...u, id: index + 1 })),
    };
    const org = generateOrganisation(live, { users: 10, seed: 3, companies: 1 });
    expect(org.companies.slice(1)).toEqual([{ key: '#2', xmlid: null, id: 2, name: 'Company 1', parentKey: 'base.main_company' }]);
    expect(org.users.slice(2).map((u) => [u.key, u.id])).toEqual(Array.from({ length: 10 }, (_, i) => [`#${i + 3}`, i + 3]));
  });

  it('generates no HR records without hr.employee', () => {
    const org = generateOrganisation({ ...base, models: [] }, { users: 50, seed: 9 });
    expect([org.employees, org.departments, org.users.filter((u) => u.employee)]).toEqual([[], [], []]);
  });
});

describe('generateOrganisation user ids', () => {
  it('never hands out the superuser or admin id, even when the snapshot has no user ids', () => {
    const base = generateOrganisation(
      { ...readingOfHr(), users: [] },
      { users: 5, seed: 1 },
    );
    expect(Math.min(...base.users.map((u) => u.id ?? Infinity))).toBeGreaterThan(2);
  });
});

describe('generateOrganisation job roles', () => {
  it('gives users the groups of a few job roles, so access profiles stay few', () => {
    const distinct = (snapshot: Snapshot) => new Set(snapshot.users.filter((u) => u.id !== null && u.id > 2).map((u) => u.groupXmlids.join(','))).size;
    const random = generateOrganisation(readingOfHr(), { users: 2000, seed: 3 });
    const byRole = generateOrganisation(readingOfHr(), { users: 2000, seed: 3, jobRoles: 20 });
    expect(distinct(byRole)).toBeLessThan(distinct(random));
    expect(distinct(byRole)).toBeLessThanOrEqual(20 * 2 + 0.05 * 2000 + 1);
  });
});
