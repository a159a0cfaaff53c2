import { PyTuple } from '@sightline/odoo-python';
import { bindDomain } from './bind-domain.util';
import type { DomainEvaluationContext, RecordResolver } from './domain-evaluation-context.type';
import { DomainError } from './domain.error';
import { domainFromValue } from './domain-from-value.util';
import { evaluateDomain } from './evaluate-domain.util';
import { filterRecordsByDomain } from './filter-records-by-domain.util';
import { parseDomain } from './parse-domain.util';
import { plainObjectResolver } from './plain-object-resolver';

const hr = { id: 10, name: 'HR' };
const alice = { id: 100, name: 'Alice' };
const bob = { id: 101, name: 'Bob' };
const tagA = { id: 1, name: 'Red' };
const tagB = { id: 2, name: 'Blue' };

const employee = {
  id: 5,
  name: 'Marc Demo',
  active: true,
  color: 0,
  wage: 3000,
  date: '2024-05-17',
  company_id: { id: 1, name: 'YourCompany' },
  department_id: hr,
  parent_id: { id: 4, user_id: bob, department_id: hr },
  user_id: alice,
  coach_id: false,
  category_ids: [tagA, tagB],
  child_ids: [],
};

const env = {
  names: {
    user: { id: 100, ids: [100], partner_id: { id: 7 }, employee_id: { id: 5, department_id: { id: 10 } } },
    company_ids: [1, 2],
    company_id: 1,
  },
};
// partner hierarchy: 7 → 3 → 1 (7 is a contact of company partner 3, itself under 1)
const parents = new Map<unknown, unknown>([[7, 3], [3, 1], [10, 9]]);
const context: DomainEvaluationContext = { resolver: plainObjectResolver, env, parents };

const matches = (domain: string, record: object = employee) => evaluateDomain(parseDomain(domain), record, context);

describe('evaluateDomain', () => {
  it.each([
    // constants and connectives
    ['[]', true],
    ["[(1, '=', 1)]", true],
    ["[(0, '=', 1)]", false],
    ["['!', (0, '=', 1)]", true],
    ["['|', ('id', '=', 1), ('id', '=', 5)]", true],
    ["[('id', '=', 5), ('id', '=', 6)]", false],
    // = and !=, with False meaning "not set"
    ["[('name', '=', 'Marc Demo')]", true],
    ["[('id', '=', 5.0)]", true],
    ["[('active', '=', True)]", true],
    ["[('active', '=', False)]", false],
    ["[('coach_id', '=', False)]", true],
    ["[('coach_id', '!=', False)]", false],
    ["[('missing_field', '=', False)]", true],
    ["[('color', '=', 0)]", true],
    ["[('color', '=', False)]", false],
    ["[('color', '!=', False)]", true],
    ["[('name', '!=', 'x')]", true],
    ["[('coach_id', '!=', 4)]", true],
    // many2one compared by id, also through context values
    ["[('user_id', '=', 100)]", true],
    ["[('user_id', '=', user.id)]", true],
    ["[('user_id', '!=', user.id)]", false],
    ["[('company_id', 'in', company_ids)]", true],
    ["[('company_id', 'in', company_ids + [False])]", true],
    ["[('company_id', '=', company_id)]", true],
    ["[('company_id', 'not in', [2, 3])]", true],
    ["[('coach_id', 'in', [False, 4])]", true],
    ["[('coach_id', 'in', [4])]", false],
    ["[('coach_id', 'not in', [4])]", true],
    ["[('id', 'in', 5)]", true],
    ["[('id', 'in', (4, 5))]", true],
    ["[('id', 'in', [])]", false],
    ["[('id', 'not in', [])]", true],
    // =?
    ["[('user_id', '=?', False)]", true],
    ["[('user_id', '=?', None)]", true],
    ["[('user_id', '=?', 100)]", true],
    ["[('user_id', '=?', 101)]", false],
    // ordering
    ["[('wage', '>', 2999)]", true],
    ["[('wage', '>=', 3000)]", true],
    ["[('wage', '<', 3000)]", false],
    ["[('wage', '<=', 3000.5)]", true],
    ["[('date', '<', '2024-06-01')]", true],
    ["[('coach_id', '<', 5)]", false],
    ["[('wage', '>', False)]", false],
    // like family
    ["[('name', 'like', 'Demo')]", true],
    ["[('name', 'like', 'demo')]", false],
    ["[('name', 'ilike', 'demo')]", true],
    ["[('name', 'not ilike', 'demo')]", false],
    ["[('name', 'not like', 'demo')]", true],
    ["[('name', '=like', 'Marc%')]", true],
    ["[('name', '=like', 'Marc')]", false],
    ["[('name', '=like', 'M_rc Demo')]", true],
    ["[('name', '=ilike', 'marc%')]", true],
    ["[('name', 'not =like', 'Marc%')]", false],
    ["[('name', 'not =ilike', 'x%')]", true],
    ["[('coach_id', 'ilike', 'x')]", false],
    ["[('coach_id', 'not ilike', 'x')]", true],
    // x2many: any of the records; negative operators negate the positive form
    ["[('category_ids', 'in', [2])]", true],
    ["[('category_ids', 'in', 2)]", true],
    ["[('category_ids', '=', 1)]", true],
    ["[('category_ids', 'in', [3])]", false],
    ["[('category_ids', 'not in', [2])]", false],
    ["[('category_ids', '!=', 3)]", true],
    ["[('category_ids', '=', False)]", false],
    ["[('child_ids', '=', False)]", true],
    ["[('child_ids', '!=', False)]", false],
    ["[('child_ids', 'in', [False])]", true],
    ["[('category_ids.name', '=', 'Blue')]", true],
    ["[('category_ids.name', 'ilike', 'gree')]", false],
    // dotted paths are "any" on the first segment
    ["[('parent_id.user_id', '=', 101)]", true],
    ["[('parent_id.user_id.name', 'ilike', 'bo')]", true],
    ["[('parent_id.department_id', '=', user.employee_id.department_id.id)]", true],
    ["[('coach_id.user_id', '=', False)]", false],
    ["[('coach_id.user_id', '!=', 101)]", false],
    // any / not any
    ["[('category_ids', 'any', [('name', '=', 'Red')])]", true],
    ["[('category_ids', 'not any', [('name', '=', 'Red')])]", false],
    ["[('child_ids', 'any', [])]", false],
    ["[('child_ids', 'not any', [('id', '=', 1)])]", true],
    ["[('parent_id', 'any', [('user_id', '=', 101)])]", true],
    ["[('coach_id', 'any', [])]", false],
    ["[('category_ids', 'any!', [('id', '=', 2)])]", true],
    ["[('category_ids', 'not any!', [('id', '=', 2)])]", false],
  ])('%s → %s', (domain, expected) => {
    expect(matches(domain)).toBe(expected);
  });

  describe('child_of and parent_of over the parent lookup', () => {
    const partnerRecord = (id: number) => ({ id, partner_id: { id } });

    it.each([
      ["[('partner_id', 'child_of', 3)]", 7, true],
      ["[('partner_id', 'child_of', [3])]", 3, true],
      ["[('partner_id', 'child_of', [1])]", 7, true],
      ["[('partner_id', 'child_of', [7])]", 3, false],
      ["[('id', 'child_of', 1)]", 7, true],
      ["[('partner_id', 'parent_of', [7])]", 1, true],
      ["[('partner_id', 'parent_of', [7])]", 7, true],
      ["[('partner_id', 'parent_of', [3])]", 7, false],
      ["[('partner_id', 'child_of', [user.partner_id.id])]", 7, true],
    ])('%s on partner %s → %s', (domain, id, expected) => {
      expect(matches(domain, partnerRecord(id))).toBe(expected);
    });

    it('accepts a function lookup that sees the leaf', () => {
      const lookup = jest.fn((id: unknown) => (id === 7 ? 3 : undefined));
      const tree = parseDomain("[('partner_id', 'child_of', 3)]");
      expect(evaluateDomain(tree, partnerRecord(7), { resolver: plainObjectResolver, parents: lookup })).toBe(true);
      expect(lookup).toHaveBeenCalledWith(7, expect.objectContaining({ path: 'partner_id', operator: 'child_of' }));
    });

    it('cuts cycles in the hierarchy', () => {
      const cyclic = new Map<unknown, unknown>([[1, 2], [2, 1]]);
      const tree = parseDomain("[('id', 'child_of', 9)]");
      expect(evaluateDomain(tree, { id: 1 }, { resolver: plainObjectResolver, parents: cyclic })).toBe(false);
    });

    it('refuses child_of without a parent lookup, naming the leaf', () => {
      const tree = parseDomain("[('id', 'child_of', 1)]", { file: 'r.xml', line: 3, column: 5 });
      expect(() => evaluateDomain(tree, { id: 1 }, { resolver: plainObjectResolver })).toThrow(DomainError);
      expect(() => evaluateDomain(tree, { id: 1 }, { resolver: plainObjectResolver })).toThrow(
        "r.xml:3:6: 'child_of' on 'id' needs a parent lookup in the evaluation context",
      );
    });
  });

  describe('record resolvers', () => {
    it('lets a resolver work with ids instead of objects', () => {
      const users = new Map([[100, { login: 'alice' }]]);
      const resolver: RecordResolver = {
        field: (record, field) => (typeof record === 'number' ? (users.get(record) as Record<string, unknown>)?.[field] : (record as Record<string, unknown>)[field]),
      };
      const tree = parseDomain("[('user_id.login', '=', 'alice'), ('user_id', '=', 100)]");
      expect(evaluateDomain(tree, { user_id: 100 }, { resolver })).toBe(true);
    });

    it('uses a custom id function', () => {
      const resolver: RecordResolver = { ...plainObjectResolver, id: (value) => (value as { key?: string })?.key ?? value };
      const tree = parseDomain("[('owner', '=', 'k1')]");
      expect(evaluateDomain(tree, { owner: { key: 'k1' } }, { resolver })).toBe(true);
    });
  });

  describe('binding and filtering', () => {
    it('binds expression values once, then evaluates without an environment', () => {
      const bound = bindDomain(parseDomain("['|', ('user_id', '=', user.id), ('company_id', 'in', company_ids)]"), env);
      expect(bound).toMatchObject({ kind: 'or', children: [{ value: { kind: 'constant', value: 100 } }, { value: { kind: 'constant', value: [1, 2] } }] });
      expect(evaluateDomain(bound, employee, { resolver: plainObjectResolver })).toBe(true);
    });

    it('counts the records in scope', () => {
      const employees = Array.from({ length: 415 }, (_, i) => ({ id: i + 1, company_id: { id: i < 412 ? 1 : 3 } }));
      const tree = parseDomain("[('company_id', 'in', company_ids)]");
      expect(filterRecordsByDomain(tree, employees, context)).toHaveLength(412);
    });

    it('evaluates domains built from runtime values', () => {
      const tree = domainFromValue(['|', new PyTuple(['user_id', '=', 100]), ['id', '=', 1]]);
      expect(evaluateDomain(tree, employee, { resolver: plainObjectResolver })).toBe(true);
    });

    it('evaluates any/not any whose sub-domain is an expression', () => {
      const names = { published: [new PyTuple(['name', '=', 'Red'])] };
      const tree = parseDomain("[('category_ids', 'any', published), ('child_ids', 'not any', published)]");
      expect(evaluateDomain(tree, employee, { resolver: plainObjectResolver, env: { names } })).toBe(true);
      expect(filterRecordsByDomain(tree, [employee], { resolver: plainObjectResolver, env: { names } })).toHaveLength(1);
    });

    it('reports a value that needs a missing name with its position', () => {
      const tree = parseDomain("[('user_id', '=', user.id)]", { file: 'r.xml', line: 2, column: 30 });
      expect(() => evaluateDomain(tree, employee, { resolver: plainObjectResolver })).toThrow("r.xml:2:48: name 'user' is not defined");
    });
  });
});
