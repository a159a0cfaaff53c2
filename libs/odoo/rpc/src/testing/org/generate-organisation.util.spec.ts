import { parseSnapshot } from '@sightline/odoo-model';
import { buildCorpusSnapshot } from '../corpus/build-corpus-snapshot.util';
import { corpusDir } from '../corpus-dir.util';
import { generateOrganisation } from './generate-organisation.util';

describe('generateOrganisation', () => {
  const base = buildCorpusSnapshot({ corpusDir: corpusDir(), odooVersion: '18.0', modules: ['hr'] });

  it('is deterministic for a seed and valid', () => {
    const a = generateOrganisation(base, { users: 300, seed: 42 });
    expect(generateOrganisation(base, { users: 300, seed: 42 })).toEqual(a);
    expect(generateOrganisation(base, { users: 300, seed: 43 })).not.toEqual(a);
    const result = parseSnapshot(a);
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it('adds users with real application groups, employees for internal users, and managed departments', () => {
    const org = generateOrganisation(base, { users: 300, seed: 1, companies: 2 });
    const added = org.users.slice(base.users.length);
    const groupIds = new Set(base.groups.map((g) => g.xmlid));
    expect(added).toHaveLength(300);
    expect(added.every((u) => u.groupXmlids.every((g) => groupIds.has(g)))).toBe(true);
    expect(org.employees).toHaveLength(added.filter((u) => !u.share).length);
    expect(org.departments.every((d) => d.managerKey !== null)).toBe(true);
    expect(org.companies).toHaveLength(base.companies.length + 2);
    const employees = new Map(org.employees.map((e) => [e.key, e]));
    for (const user of added.filter((u) => u.employee)) expect(employees.get(user.employee!.employeeKey)).toMatchObject({ userKey: user.key, active: true });
  });
});
