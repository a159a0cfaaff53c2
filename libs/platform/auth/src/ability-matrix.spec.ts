import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { subject } from '@casl/ability';
import fc from 'fast-check';
import { parse } from 'yaml';
import type { AppAbility } from './app-ability';
import { accessibleWhere } from './accessible-where.util';
import { defineAbilityFor } from './define-ability-for.util';
import { maskPersonalData } from './mask-personal-data.util';
import type { Principal } from './principal';
import { roles } from './role';
import type { Role } from './role';
import { actions, personalDataFields, subjects } from './role-rules';
import type { Action, Subject } from './role-rules';

type Scope = 'tenant' | 'assigned' | 'deny';
interface ExpectedMatrix {
  columns: string[];
  roles: Record<string, Record<string, Scope[]>>;
  personalFields: Record<string, Record<string, string[]>>;
}

const matrix = parse(readFileSync(join(__dirname, 'ability-matrix.expected.yaml'), 'utf8')) as ExpectedMatrix;
const tenant = '11111111-1111-4111-8111-111111111111';
const principalId = 'p-1';
const columns = { id: 't.id', tenantId: 't.tenant_id', assignedTo: 't.assigned_to', reviewerIds: { sql: 't.reviewer_ids', array: true as const } };
const rank: Record<Scope, number> = { deny: 0, assigned: 1, tenant: 2 };
const personalSubjects = Object.keys(personalDataFields) as Subject[];

const withPersonalData = <F extends Record<string, unknown>>(subjectType: Subject, fields: F): F & Record<string, unknown> => ({
  id: 'x', ...fields, ...Object.fromEntries((personalDataFields[subjectType] ?? []).map((field) => [field, `${field}-value`])),
});
/** An object of the tenant assigned to (or reviewed by) the principal, and ones that are not. */
const related = (subjectType: Subject, tenantId: unknown = tenant) =>
  subject(subjectType, withPersonalData(subjectType, { tenantId, assignedTo: principalId, reviewerIds: [principalId] }));
const unrelated = (subjectType: Subject) => [
  subject(subjectType, withPersonalData(subjectType, { tenantId: tenant, assignedTo: 'someone-else', reviewerIds: ['someone-else'] })),
  subject(subjectType, withPersonalData(subjectType, { tenantId: tenant, assignedTo: null, reviewerIds: [] })),
];
const abilityFor = (held: Role[]) => defineAbilityFor({ kind: 'user', id: principalId, name: 'P', tenants: [{ tenantId: tenant, roles: held }] }, tenant);
const expectedScope = (role: Role, action: Action, subjectType: Subject): Scope => matrix.roles[role][subjectType][matrix.columns.indexOf(action)];

interface Deviations {
  cells: number;
  unexpectedAllows: string[];
  unexpectedDenies: string[];
}

/** Every role × action × subject cell (and personal-data field for read), decided by the ability and compared. */
function compare(held: Role[]): Deviations {
  const ability = abilityFor(held);
  const label = held.join('+');
  const result: Deviations = { cells: 0, unexpectedAllows: [], unexpectedDenies: [] };
  const verdict = (cell: string, expected: boolean, actual: boolean) => {
    if (actual && !expected) result.unexpectedAllows.push(cell);
    if (!actual && expected) result.unexpectedDenies.push(cell);
  };
  for (const action of actions) {
    for (const subjectType of subjects) {
      result.cells += 1;
      const expected = held.map((role) => expectedScope(role, action, subjectType)).reduce<Scope>((a, b) => (rank[a] >= rank[b] ? a : b), 'deny');
      const cell = `${label} ${action} ${subjectType}`;
      verdict(`${cell} (type)`, expected !== 'deny', ability.can(action, subjectType));
      verdict(`${cell} (related object)`, expected !== 'deny', ability.can(action, related(subjectType)));
      for (const object of unrelated(subjectType)) verdict(`${cell} (unrelated object, assignedTo ${object.assignedTo})`, expected === 'tenant', ability.can(action, object));
      verdict(`${cell} (SQL)`, expected !== 'deny', accessibleWhere(ability, action, subjectType, columns) !== false);
    }
  }
  for (const subjectType of personalSubjects) {
    const readable = held.some((role) => expectedScope(role, 'read', subjectType) !== 'deny');
    const masked = maskPersonalData(ability, subjectType, related(subjectType));
    for (const field of personalDataFields[subjectType]!) {
      result.cells += 1;
      const expected = readable && held.some((role) => matrix.personalFields[role][subjectType].includes(field));
      verdict(`${label} read ${subjectType}.${field}`, expected, ability.can('read', related(subjectType), field));
      verdict(`${label} read ${subjectType}.${field} (masked)`, expected, masked[field] !== null);
    }
  }
  return result;
}

describe('role × action × subject matrix', () => {
  it('the expected table is complete: every role, every subject, one column per action, known fields', () => {
    expect(matrix.columns).toEqual([...actions]);
    expect(Object.keys(matrix.roles).sort()).toEqual([...roles].sort());
    for (const role of roles) {
      expect(Object.keys(matrix.roles[role]).sort()).toEqual([...subjects].sort());
      for (const row of Object.values(matrix.roles[role])) {
        expect(row).toHaveLength(actions.length);
        for (const scope of row) expect(Object.keys(rank)).toContain(scope);
      }
      expect(Object.keys(matrix.personalFields[role]).sort()).toEqual([...personalSubjects].sort());
      for (const subjectType of personalSubjects) {
        for (const field of matrix.personalFields[role][subjectType]) expect(personalDataFields[subjectType]).toContain(field);
      }
    }
  });

  it.each(roles)('%s: zero unexpected allows and zero unexpected denies', (role) => {
    const { cells, unexpectedAllows, unexpectedDenies } = compare([role]);
    expect(cells).toBe(actions.length * subjects.length + Object.values(personalDataFields).flat().length);
    expect(unexpectedAllows).toEqual([]);
    expect(unexpectedDenies).toEqual([]);
  });

  it('every pair of roles gets exactly the union of the two rows', () => {
    for (const [i, first] of roles.entries()) {
      for (const second of roles.slice(i + 1)) {
        const { unexpectedAllows, unexpectedDenies } = compare([first, second]);
        expect([...unexpectedAllows, ...unexpectedDenies]).toEqual([]);
      }
    }
  });

  it('no roles in the tenant: everything denied', () => {
    const { unexpectedAllows } = compare([]);
    expect(unexpectedAllows).toEqual([]);
    expect(abilityFor([]).rules).toEqual([]);
  });

  it('property: no ability ever allows anything on another tenant\'s objects', () => {
    const foreignTenant = fc.oneof(fc.uuid().filter((id) => id !== tenant), fc.constantFrom(null, undefined, '', 'default'));
    fc.assert(
      fc.property(fc.subarray([...roles]), fc.subarray([...roles]), foreignTenant, fc.boolean(), fc.constantFrom(principalId, 'p-2', ''), (here, there, otherTenant, isRelated, id) => {
        // The principal may hold any roles in the object's own tenant too: they must not leak into this one.
        const tenants: Principal['tenants'] = [{ tenantId: tenant, roles: here }];
        if (typeof otherTenant === 'string') tenants.push({ tenantId: otherTenant, roles: there });
        const ability: AppAbility = defineAbilityFor({ kind: 'oidc', id, name: 'P', tenants }, tenant);
        for (const subjectType of subjects) {
          const object = subject(subjectType, withPersonalData(subjectType, {
            tenantId: otherTenant,
            assignedTo: isRelated ? id : 'someone-else',
            reviewerIds: isRelated ? [id] : [],
          }));
          for (const action of actions) expect(ability.can(action, object)).toBe(false);
          for (const field of personalDataFields[subjectType] ?? []) expect(ability.can('read', object, field)).toBe(false);
          expect(Object.values(maskPersonalData(ability, subjectType, object)).every((value) => value === null)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
