import {
  classifyDomainScope, evaluateDomain, parseDomain, plainObjectResolver, simplifyDomain, type DomainNode, type DomainScope,
} from '@sightline/odoo-domain';
import type { FieldGroupRef, Operation, Snapshot, User } from '@sightline/odoo-model';

/**
 * A deliberately simple, independent evaluator of Odoo's access decision, one user × one field at
 * a time: plain sets of XML ids, a walk over every row of the snapshot, no bitsets, no profiles, no
 * memo. Record counts evaluate each rule on each employee separately. It shares nothing with the
 * engine but the domain library (parse, evaluate, classify). Used as the oracle of the property
 * test and as the baseline of the benchmark.
 */

export interface NaiveGrant {
  readonly scope: DomainScope;
  readonly exact: boolean;
  /** Matching/total active employees for `hr.employee`, when asked and evaluable; else null. */
  readonly count: { readonly matching: number; readonly total: number } | null;
}

export interface NaiveAnswer {
  readonly read: NaiveGrant | null;
  readonly write: NaiveGrant | null;
}

export interface NaiveOptions {
  readonly debugMode?: boolean;
  readonly counts?: boolean;
}

const TRUE: DomainNode = { kind: 'true' };

export function naiveFieldAccess(snapshot: Snapshot, userKey: string, model: string, field: string, options: NaiveOptions = {}): NaiveAnswer {
  const user = lists(snapshot).user.get(userKey)!;
  const superuser = user.xmlid === 'base.user_root' || user.id === 1 || user.login === '__system__';
  if (superuser) return { read: superGrant(snapshot, model, options), write: superGrant(snapshot, model, options) };
  if (!user.active) return { read: null, write: null };
  const groups = naiveEffectiveGroups(snapshot, user);
  const fieldGroups = options.debugMode === false ? new Set([...groups].filter((g) => g !== 'base.group_no_one')) : groups;
  if (!passesFieldGroups(naiveFieldGroups(snapshot, model, field, 0), fieldGroups)) return { read: null, write: null };
  return { read: grant(snapshot, user, groups, model, 'read', options), write: grant(snapshot, user, groups, model, 'write', options) };
}

/** 17/18 with stored `groups_id`: the stored set; otherwise the explicit groups and everything they imply. */
export function naiveEffectiveGroups(snapshot: Snapshot, user: User): Set<string> {
  if (isBefore(snapshot.meta.odooVersion, 18, 2) && user.storedGroupXmlids) return new Set(user.storedGroupXmlids);
  const result = new Set<string>();
  const todo = [...user.groupXmlids];
  while (todo.length) {
    const xmlid = todo.pop()!;
    if (result.has(xmlid)) continue;
    result.add(xmlid);
    todo.push(...(lists(snapshot).group.get(xmlid)?.impliedXmlids ?? []));
  }
  return result;
}

export function naiveCanPerform(snapshot: Snapshot, groups: Set<string>, model: string, op: Operation): boolean {
  if (usesIrAccess(snapshot)) {
    return rowsOf(snapshot, 'accessRows', model).some((r) => r.active && r.model === model && r.groupXmlid !== null && groups.has(r.groupXmlid) && r.operation.includes(letter(op)));
  }
  return rowsOf(snapshot, 'acls', model).some((a) => a.active && a.model === model && a.perms[op] && (a.groupXmlid === null || groups.has(a.groupXmlid)));
}

function grant(snapshot: Snapshot, user: User, groups: Set<string>, model: string, op: Operation, options: NaiveOptions): NaiveGrant | null {
  if (!naiveCanPerform(snapshot, groups, model, op)) return null;
  const domain = naiveDomain(snapshot, groups, model, op, [model]);
  const { scope, exact } = classifyDomainScope(domain);
  if (scope === 'none') return null;
  return { scope, exact, count: options.counts ? naiveCount(snapshot, user, groups, model, op) : null };
}

function superGrant(snapshot: Snapshot, model: string, options: NaiveOptions): NaiveGrant {
  const total = model === 'hr.employee' ? snapshot.employees.filter((e) => e.active).length : 0;
  const counted = options.counts && model === 'hr.employee' && snapshot.employees.length > 0;
  return { scope: 'all', exact: true, count: counted ? { matching: total, total } : null };
}

// ---- field groups -------------------------------------------------------------------------

function naiveFieldGroups(snapshot: Snapshot, model: string, name: string, depth: number): readonly FieldGroupRef[] {
  if (depth > 10) return [];
  const field = lists(snapshot).field.get(`${model}/${name}`);
  if (!field) {
    const links = lists(snapshot).model.get(model)?.inherits ?? [];
    for (const link of links) {
      if (lists(snapshot).field.has(`${link.parentModel}/${name}`) || hasInherited(snapshot, link.parentModel, name, depth + 1)) {
        return naiveFieldGroups(snapshot, link.parentModel, name, depth + 1);
      }
    }
    return [];
  }
  if (field.groups.length > 0 || !field.related) return field.groups;
  const steps = field.related.split('.');
  let current = model;
  for (const step of steps.slice(0, -1)) {
    const relation = findRelation(snapshot, current, step, 0);
    if (!relation) return [];
    current = relation;
  }
  return naiveFieldGroups(snapshot, current, steps[steps.length - 1]!, depth + 1);
}

function hasInherited(snapshot: Snapshot, model: string, name: string, depth: number): boolean {
  if (depth > 10) return false;
  const links = lists(snapshot).model.get(model)?.inherits ?? [];
  return links.some((l) => lists(snapshot).field.has(`${l.parentModel}/${name}`) || hasInherited(snapshot, l.parentModel, name, depth + 1));
}

function findRelation(snapshot: Snapshot, model: string, name: string, depth: number): string | null {
  const field = lists(snapshot).field.get(`${model}/${name}`);
  if (field) return field.relation ?? null;
  if (depth > 10) return null;
  for (const link of lists(snapshot).model.get(model)?.inherits ?? []) {
    const found = findRelation(snapshot, link.parentModel, name, depth + 1);
    if (found) return found;
  }
  return null;
}

function passesFieldGroups(refs: readonly FieldGroupRef[], groups: Set<string>): boolean {
  const positives = refs.filter((r) => !r.negated).map((r) => r.xmlid);
  const negatives = refs.filter((r) => r.negated).map((r) => r.xmlid);
  if (negatives.some((g) => groups.has(g))) return false;
  if (positives.length === 0) return true;
  return positives.some((g) => g !== '.' && groups.has(g));
}

// ---- record rules ------------------------------------------------------------------------

interface RuleSets {
  readonly anded: DomainNode[];
  readonly ored: DomainNode[];
  readonly hasGroupRules: boolean;
}

function ruleSets(snapshot: Snapshot, groups: Set<string>, model: string, op: Operation): RuleSets {
  if (usesIrAccess(snapshot)) {
    const rows = rowsOf(snapshot, 'accessRows', model).filter((r) => r.active && r.model === model && r.operation.includes(letter(op)));
    return {
      anded: rows.filter((r) => r.groupXmlid === null).map((r) => parse(r.domain)),
      ored: rows.filter((r) => r.groupXmlid !== null && groups.has(r.groupXmlid)).map((r) => parse(r.domain)),
      hasGroupRules: true,
    };
  }
  const rules = rowsOf(snapshot, 'rules', model).filter((r) => r.active && r.model === model && r.perms[op]);
  return {
    anded: rules.filter((r) => r.groupXmlids.length === 0).map((r) => parse(r.domain)),
    ored: rules.filter((r) => r.groupXmlids.some((g) => groups.has(g))).map((r) => parse(r.domain)),
    hasGroupRules: rules.some((r) => r.groupXmlids.length > 0),
  };
}

function naiveDomain(snapshot: Snapshot, groups: Set<string>, model: string, op: Operation, seen: string[]): DomainNode {
  const sets = ruleSets(snapshot, groups, model, op);
  const parents = parentLinks(snapshot, model, op, seen).flatMap((link) => {
    const parent = naiveDomain(snapshot, groups, link.parentModel, op, [...seen, link.parentModel]);
    return simplifyDomain(parent).kind === 'true' ? [] : [{ kind: 'leaf', path: link.field, operator: 'any', value: { kind: 'domain', domain: parent } } as DomainNode];
  });
  if (usesIrAccess(snapshot) && sets.ored.length === 0) return { kind: 'false' };
  const parts = [...sets.anded, ...parents, ...(sets.ored.length ? [orOf(sets.ored)] : [])];
  return andOf(parts);
}

function parentLinks(snapshot: Snapshot, model: string, op: Operation, seen: string[]) {
  if (usesIrAccess(snapshot) && op !== 'read') return [];
  return (lists(snapshot).model.get(model)?.inherits ?? []).filter((l) => !seen.includes(l.parentModel));
}

function andOf(parts: DomainNode[]): DomainNode {
  if (parts.length === 0) return TRUE;
  return parts.length === 1 ? parts[0]! : ({ kind: 'and', children: parts } as DomainNode);
}

function orOf(parts: DomainNode[]): DomainNode {
  return parts.length === 1 ? parts[0]! : ({ kind: 'or', children: parts } as DomainNode);
}

function parse(text: string | null): DomainNode {
  return text && text.trim() ? parseDomain(text) : TRUE;
}

// ---- counts on employees -----------------------------------------------------------------

function naiveCount(snapshot: Snapshot, user: User, groups: Set<string>, model: string, op: Operation): NaiveGrant['count'] {
  if (model !== 'hr.employee' || snapshot.employees.length === 0) return null;
  if (parentLinks(snapshot, model, op, [model]).some((l) => simplifyDomain(naiveDomain(snapshot, groups, l.parentModel, op, [model, l.parentModel])).kind !== 'true')) return null;
  const world = buildWorld(snapshot);
  const env = { names: userNames(snapshot, user, world) };
  const parents = new Map<unknown, unknown>(world.parentOf);
  const context = { resolver: plainObjectResolver, env, parents };
  const sets = ruleSets(snapshot, groups, model, op);
  const records = snapshot.employees.filter((e) => e.active).map((e) => world.employees.get(e.key)!);
  const holds = (domain: DomainNode, record: object) => evaluateDomain(domain, record, context);
  const matching = records.filter((record) => {
    if (!sets.anded.every((d) => holds(d, record))) return false;
    if (usesIrAccess(snapshot)) return sets.ored.some((d) => holds(d, record));
    return sets.ored.length === 0 || sets.ored.some((d) => holds(d, record));
  });
  return { matching: matching.length, total: records.length };
}

type Rec = Record<string, unknown>;

interface World {
  readonly employees: Map<string, Rec>;
  readonly departments: Map<string, Rec>;
  readonly companies: Map<string, Rec>;
  readonly users: Map<string, Rec>;
  readonly parentOf: [unknown, unknown][];
}

/** Plain-object records; ids must be unique across models (the generator ensures it). */
function buildWorld(snapshot: Snapshot): World {
  const id = (r: { id: number | null; key: string }) => r.id ?? r.key;
  const companies = new Map(snapshot.companies.map((c) => [c.key, { id: id(c) } as Rec]));
  const departments = new Map(snapshot.departments.map((d) => [d.key, { id: id(d) } as Rec]));
  const employees = new Map(snapshot.employees.map((e) => [e.key, { id: id(e), active: e.active } as Rec]));
  const users = new Map(snapshot.users.map((u) => [u.key, { id: id(u) } as Rec]));
  const ref = (map: Map<string, Rec>, key: string | null) => (key ? (map.get(key) ?? { id: key }) : false);
  for (const c of snapshot.companies) Object.assign(companies.get(c.key)!, { parent_id: ref(companies, c.parentKey), active: true });
  for (const d of snapshot.departments) Object.assign(departments.get(d.key)!, { company_id: ref(companies, d.companyKey), parent_id: ref(departments, d.parentKey), active: true });
  for (const e of snapshot.employees) {
    Object.assign(employees.get(e.key)!, {
      company_id: ref(companies, e.companyKey), department_id: ref(departments, e.departmentKey),
      user_id: ref(users, e.userKey), parent_id: ref(employees, e.parentKey),
    });
  }
  const parentOf: [unknown, unknown][] = [];
  for (const c of snapshot.companies) parentOf.push([id(c), c.parentKey ? companies.get(c.parentKey)?.id ?? false : false]);
  for (const d of snapshot.departments) parentOf.push([id(d), d.parentKey ? departments.get(d.parentKey)?.id ?? false : false]);
  for (const e of snapshot.employees) parentOf.push([id(e), e.parentKey ? employees.get(e.parentKey)?.id ?? false : false]);
  return { employees, departments, companies, users, parentOf };
}

function userNames(snapshot: Snapshot, user: User, world: World): Record<string, unknown> {
  const empty: Rec = { id: false, ids: [] };
  Object.assign(empty, { department_id: empty, parent_id: empty, user_id: empty, company_id: empty });
  const ownEmployees = snapshot.employees.filter((e) => e.userKey === user.key).map((e) => e.key);
  const employeeKeys = [...new Set([...(user.employee ? [user.employee.employeeKey] : []), ...ownEmployees])];
  const asRecord = (r: Rec | undefined) => (r ? { ...r, ids: [r['id']], department_id: r['department_id'] || empty, parent_id: r['parent_id'] || empty } : empty);
  const employee = employeeKeys.length ? asRecord(world.employees.get(employeeKeys[0]!) ?? { id: employeeKeys[0] }) : empty;
  const companyIds = user.companyKeys.map((k) => world.companies.get(k)?.['id'] ?? k);
  const company = user.companyKey ? { id: world.companies.get(user.companyKey)?.['id'] ?? user.companyKey } : { id: false };
  return {
    user: {
      id: world.users.get(user.key)!['id'],
      employee_id: employee,
      employee_ids: { ids: employeeKeys.map((k) => world.employees.get(k)?.['id'] ?? k) },
      company_id: company,
      company_ids: { ids: companyIds },
      env: { companies: { ids: companyIds }, company },
    },
    company_ids: companyIds,
    company_id: company.id,
  };
}

// ---- lookups ----------------------------------------------------------------------------------

type RowList = 'acls' | 'rules' | 'accessRows';

interface Lists {
  readonly user: Map<string, User>;
  readonly group: Map<string, Snapshot['groups'][number]>;
  readonly field: Map<string, Snapshot['fields'][number]>;
  readonly model: Map<string, Snapshot['models'][number]>;
  readonly rows: { readonly [K in RowList]: Map<string, Snapshot[K][number][]> };
}

const LISTS = new WeakMap<Snapshot, Lists>();

/** Plain key lookups into the snapshot's lists (no answer is ever cached). */
function lists(snapshot: Snapshot): Lists {
  let found = LISTS.get(snapshot);
  if (!found) {
    found = {
      user: new Map(snapshot.users.map((u) => [u.key, u])),
      group: new Map(snapshot.groups.map((g) => [g.xmlid, g])),
      field: new Map(snapshot.fields.map((f) => [`${f.model}/${f.name}`, f])),
      model: new Map(snapshot.models.map((m) => [m.name, m])),
      rows: { acls: byModel(snapshot.acls), rules: byModel(snapshot.rules), accessRows: byModel(snapshot.accessRows) },
    };
    LISTS.set(snapshot, found);
  }
  return found;
}

function byModel<R extends { model: string }>(rows: readonly R[]): Map<string, R[]> {
  const grouped = new Map<string, R[]>();
  for (const row of rows) (grouped.get(row.model) ?? grouped.set(row.model, []).get(row.model)!).push(row);
  return grouped;
}

function rowsOf<K extends RowList>(snapshot: Snapshot, list: K, model: string): Snapshot[K][number][] {
  return (lists(snapshot).rows[list] as Map<string, Snapshot[K][number][]>).get(model) ?? [];
}

// ---- versions --------------------------------------------------------------------------------

function isBefore(version: string, major: number, minor: number): boolean {
  const m = /^(?:saas-)?(\d+)\.(\d)$/.exec(version);
  if (!m) return false;
  return Number(m[1]) < major || (Number(m[1]) === major && Number(m[2]) < minor);
}

function usesIrAccess(snapshot: Snapshot): boolean {
  const version = snapshot.meta.odooVersion;
  if (/^post-\d+$/.test(version) || version === 'master') return true;
  const m = /^(?:saas-)?(\d+)\.(\d)$/.exec(version);
  return m ? Number(m[1]) > 19 || (Number(m[1]) === 19 && Number(m[2]) >= 4) : true;
}

function letter(op: Operation): string {
  return { create: 'c', read: 'r', write: 'u', unlink: 'd' }[op];
}
