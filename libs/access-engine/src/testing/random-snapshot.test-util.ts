import fc from 'fast-check';
import type { Snapshot } from '@sightline/odoo-model';
import type { SnapshotChange } from '../what-if/snapshot-change.type';
import { permsOf, snapshotFromSpec, type AccessSpec, type AclSpec, type RuleSpec, type SnapshotSpec, type UserSpec } from './spec-snapshot.test-util';

/** Rule domains over mirrored employee fields: company, own records, department, manager, constants. */
export const DOMAIN_POOL: readonly string[] = [
  "[('company_id', 'in', company_ids)]",
  "['|', ('company_id', '=', False), ('company_id', 'in', company_ids)]",
  "[('company_id', 'in', company_ids + [False])]",
  "[('company_id', 'child_of', company_ids)]",
  "[('company_id', '=', company_id)]",
  "[('user_id', '=', user.id)]",
  "['|', ('user_id', '=', user.id), ('user_id', '=', False)]",
  "[('department_id', '=', user.employee_id.department_id.id)]",
  "[('department_id', 'child_of', user.employee_id.department_id.id)]",
  "[('parent_id.user_id', '=', user.id)]",
  "[('id', '=', user.employee_id.id)]",
  "[('id', 'in', user.employee_ids.ids)]",
  "[('company_id.parent_id', '=', False)]",
  "[('active', '=', True)]",
  "['|', ('user_id', '=', user.id), ('company_id', '=', company_id)]",
  "['!', ('user_id', '=', user.id)]",
  "[(1, '=', 1)]",
  "[(0, '=', 1)]",
];

const VERSIONS = ['17.0', '18.0', '19.0', 'post-19'] as const;
const MODELS = ['hr.employee', 'x.model', 'x.child', 'x.parent'] as const;
const BASE = ['base.group_user', 'base.group_no_one', 'base.group_portal', 'base.group_public'] as const;
const COMPANIES = ['c1', 'c2', 'c3'] as const;
const DEPARTMENTS = ['d1', 'd2', 'd3'] as const;

export interface GeneratedCase {
  readonly spec: SnapshotSpec;
  readonly snapshot: Snapshot;
  readonly debugMode: boolean;
  readonly change: SnapshotChange;
}

/** A random security model: groups with implications (cycles too), users, ACLs, rules, `ir.access` rows, field groups, employees. */
export function generatedCase(): fc.Arbitrary<GeneratedCase> {
  return fc.integer({ min: 1, max: 6 }).chain((groupCount) => {
    const own = Array.from({ length: groupCount }, (_, i) => `x.g${i}`);
    const groups = [...BASE, ...own];
    return fc
      .record({
        version: fc.constantFrom(...VERSIONS),
        implications: fc.array(fc.tuple(fc.constantFrom(...groups), fc.constantFrom(...groups)), { maxLength: 8 }),
        users: fc.array(userArb(groups), { minLength: 1, maxLength: 6 }),
        root: mostly(false),
        employees: fc.array(employeeArb(), { minLength: 2, maxLength: 6 }),
        acls: fc.array(aclArb(groups), { maxLength: 7 }),
        rules: fc.array(ruleArb(groups), { minLength: 1, maxLength: 8 }),
        access: fc.array(accessArb(groups), { maxLength: 8 }),
        fieldGroups: fc.array(fieldGroupsArb(own), { minLength: 6, maxLength: 6 }),
        inheritsParent: fc.boolean(),
        companyParent: fc.boolean(),
        departmentParent: fc.boolean(),
        debugMode: fc.boolean(),
        changePick: fc.nat(),
        changeGroup: fc.constantFrom(...groups),
        changeOther: fc.constantFrom(...groups),
        changeDomain: fc.constantFrom(...DOMAIN_POOL),
        changeModel: fc.constantFrom(...MODELS),
      })
      .map((r) => {
        const spec = buildSpec(r, groups);
        const snapshot = snapshotFromSpec(spec);
        return { spec, snapshot, debugMode: r.debugMode, change: pickChange(r, snapshot) };
      });
  });
}

function userArb(groups: readonly string[]) {
  return fc.record({
    groups: fc.subarray([...groups], { maxLength: 3 }),
    stored: fc.option(fc.subarray([...groups], { maxLength: 4 }), { nil: undefined }),
    active: mostly(true),
    companies: fc.subarray([...COMPANIES], { minLength: 1 }),
    employee: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
  });
}

function employeeArb() {
  return fc.record({
    company: fc.option(fc.constantFrom(...COMPANIES), { nil: undefined }),
    department: fc.option(fc.constantFrom(...DEPARTMENTS), { nil: undefined }),
    user: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
    parent: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
    active: mostly(true),
  });
}

function aclArb(groups: readonly string[]) {
  return fc.record({
    model: fc.constantFrom(...MODELS),
    group: fc.option(fc.constantFrom(...groups), { nil: null, freq: 5 }),
    perms: fc.subarray(['r', 'w', 'c', 'd'], { minLength: 1 }).map((p) => p.join('')),
    active: mostly(true),
  });
}

function ruleArb(groups: readonly string[]) {
  return fc.record({
    model: fc.constantFrom('hr.employee', 'hr.employee', ...MODELS),
    groups: fc.subarray([...groups], { maxLength: 2 }),
    domain: fc.option(fc.constantFrom(...DOMAIN_POOL), { nil: null, freq: 8 }),
    perms: fc.subarray(['r', 'w', 'c', 'd'], { minLength: 1 }).map((p) => p.join('')),
    active: mostly(true),
  });
}

function accessArb(groups: readonly string[]) {
  return fc.record({
    model: fc.constantFrom(...MODELS),
    group: fc.option(fc.constantFrom(...groups), { nil: null }),
    operation: fc.subarray(['c', 'r', 'u', 'd'], { minLength: 1 }).map((p) => p.join('')),
    domain: fc.option(fc.constantFrom(...DOMAIN_POOL), { nil: null, freq: 5 }),
    active: mostly(true),
  });
}

/** true (or false) four times out of five. */
function mostly(value: boolean): fc.Arbitrary<boolean> {
  return fc.oneof({ arbitrary: fc.constant(value), weight: 4 }, { arbitrary: fc.constant(!value), weight: 1 });
}

function fieldGroupsArb(own: readonly string[]) {
  const g = fc.constantFrom(...own);
  return fc.oneof(
    fc.constant(''),
    g,
    fc.tuple(g, g).map(([a, b]) => `${a},${b}`),
    g.map((a) => `!${a}`),
    fc.tuple(g, g).map(([a, b]) => `${a},!${b}`),
    fc.constant('.'),
    fc.constant('base.group_no_one'),
    fc.constant('!base.group_no_one'),
    fc.constant('base.group_user'),
    fc.constant('base.group_portal,base.group_user'),
  );
}

type Drawn = {
  version: string;
  implications: [string, string][];
  users: { groups: string[]; stored?: string[]; active: boolean; companies: string[]; employee?: number }[];
  root: boolean;
  employees: { company?: string; department?: string; user?: number; parent?: number; active: boolean }[];
  acls: { model: string; group: string | null; perms: string; active: boolean }[];
  rules: { model: string; groups: string[]; domain: string | null; perms: string; active: boolean }[];
  access: { model: string; group: string | null; operation: string; domain: string | null; active: boolean }[];
  fieldGroups: string[];
  inheritsParent: boolean;
  companyParent: boolean;
  departmentParent: boolean;
  changePick: number;
  changeGroup: string;
  changeOther: string;
  changeDomain: string;
  changeModel: string;
};

/** Ids are unique across models (the naive evaluator's `child_of` needs one parent map). */
function buildSpec(r: Drawn, groups: readonly string[]): SnapshotSpec {
  const implied = new Map(groups.map((g) => [g, [] as string[]]));
  for (const [from, to] of r.implications) if (!implied.get(from)!.includes(to)) implied.get(from)!.push(to);
  const employeeKeys = r.employees.map((_, i) => `e${i}`);
  const userKeys = r.users.map((_, i) => `u${i}`);
  const users: Record<string, UserSpec> = Object.fromEntries(
    r.users.map((u, i) => [
      `u${i}`,
      {
        id: 4001 + i, groups: u.groups, active: u.active, companies: u.companies, company: u.companies[0],
        ...(u.stored ? { stored: u.stored } : {}),
        ...(u.employee !== undefined && u.employee < employeeKeys.length ? { employee: employeeKeys[u.employee] } : {}),
      },
    ]),
  );
  if (r.root) users['root'] = { xmlid: 'base.user_root', active: false, groups: [], companies: ['c1'], company: 'c1' };
  const fields = ['hr.employee/f0', 'hr.employee/f1', 'x.model/f0', 'x.model/f1', 'x.parent/f0', 'x.child/own'];
  return {
    version: r.version,
    groups: Object.fromEntries(implied),
    users,
    companies: { c1: { id: 1001 }, c2: { id: 1002, ...(r.companyParent ? { parent: 'c1' } : {}) }, c3: { id: 1003 } },
    departments: { d1: { id: 2001, company: 'c1' }, d2: { id: 2002, company: 'c2', ...(r.departmentParent ? { parent: 'd1' } : {}) }, d3: { id: 2003 } },
    employees: Object.fromEntries(
      r.employees.map((e, i) => [
        `e${i}`,
        {
          id: 3001 + i, company: e.company, department: e.department, active: e.active,
          ...(e.user !== undefined && e.user < userKeys.length ? { user: userKeys[e.user] } : {}),
          ...(e.parent !== undefined && e.parent < employeeKeys.length && e.parent !== i ? { parent: employeeKeys[e.parent] } : {}),
        },
      ]),
    ),
    models: {
      'x.child': { inherits: { 'x.model': 'model_id' } },
      ...(r.inheritsParent ? { 'hr.employee': { inherits: { 'x.parent': 'parent_ref_id' } } } : {}),
    },
    fields: {
      ...Object.fromEntries(fields.map((key, i) => [key, { groups: r.fieldGroups[i] ?? '' }])),
      'x.child/link': { relation: 'x.model' },
      'x.child/copied': { related: 'link.f1' },
    },
    classified: [...fields, 'x.child/copied', 'x.child/f0', 'hr.employee/undeclared'],
    acls: r.acls.map((a, i): AclSpec => ({ id: `x.acl${i}`, model: a.model, group: a.group, perms: a.perms, active: a.active })),
    rules: r.rules.map((x, i): RuleSpec => ({ id: `x.rule${i}`, model: x.model, groups: x.groups, domain: x.domain, perms: x.perms, active: x.active })),
    access: r.access.map((x, i): AccessSpec => ({ id: `x.access${i}`, model: x.model, group: x.group, operation: x.operation, domain: x.domain, active: x.active })),
  };
}

function pickChange(r: Drawn, snapshot: Snapshot): SnapshotChange {
  const user = snapshot.users[r.changePick % snapshot.users.length]!.key;
  const kinds: (() => SnapshotChange)[] = [
    () => ({ kind: 'add-membership', userKey: user, groupXmlid: r.changeGroup }),
    () => ({ kind: 'remove-membership', userKey: user, groupXmlid: snapshot.users.find((u) => u.key === user)!.groupXmlids[0] ?? r.changeGroup }),
    () => ({ kind: 'add-implication', groupXmlid: r.changeGroup, impliedXmlid: r.changeOther }),
    () => ({ kind: 'remove-implication', groupXmlid: r.changeGroup, impliedXmlid: snapshot.groups.find((g) => g.xmlid === r.changeGroup)!.impliedXmlids[0] ?? r.changeOther }),
    () => ({
      kind: 'put-acl',
      acl: { xmlid: 'x.acl0', name: 'acl', model: r.changeModel, groupXmlid: r.changeGroup, perms: permsOf('rw'), active: true, module: 'x' },
    }),
    () => ({ kind: 'remove-rule', xmlid: 'x.rule0' }),
    () => ({
      kind: 'put-rule',
      rule: { xmlid: 'x.rule_new', name: 'rule', model: r.changeModel, groupXmlids: [r.changeGroup], domain: r.changeDomain, perms: permsOf('rwcd'), active: true, module: 'x' },
    }),
    () => ({
      kind: 'put-access-row',
      row: { xmlid: 'x.access_new', name: 'row', model: r.changeModel, groupXmlid: r.changeGroup, operation: 'ru', domain: r.changeDomain, active: true, module: 'x' },
    }),
    () => ({
      kind: 'put-field',
      field: { model: 'x.model', name: 'f1', type: 'Char', related: null, groups: [{ xmlid: r.changeGroup, negated: false }], groupsSource: 'explicit' },
    }),
  ];
  return kinds[Math.floor(r.changePick / 7) % kinds.length]!();
}
