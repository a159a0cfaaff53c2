import type {
  AccessRow, Acl, Classification, Company, Department, Employee, FieldGroupRef, FieldInfo, Group, ModelInfo, Perms, Rule, Snapshot, User,
} from '@sightline/odoo-model';
import { createSnapshot, userTypeOfGroup } from '@sightline/odoo-model';

/**
 * The compact snapshot notation of the conformance files (YAML) and of tests:
 * groups as `xmlid: [implied…]`, users/companies/departments/employees keyed by record key,
 * ACLs as `[xmlid, model, group|null, 'rwcd']`, field groups as written in Python (`'a.b,!c.d'`).
 */
export interface SnapshotSpec {
  readonly version?: string;
  readonly groups?: Readonly<Record<string, readonly string[] | null>>;
  readonly users?: Readonly<Record<string, UserSpec>>;
  readonly companies?: Readonly<Record<string, { readonly id?: number; readonly parent?: string } | null>>;
  readonly departments?: Readonly<Record<string, DepartmentSpec | null>>;
  readonly employees?: Readonly<Record<string, EmployeeSpec | null>>;
  readonly models?: Readonly<Record<string, { readonly inherits?: Readonly<Record<string, string>> } | null>>;
  readonly fields?: Readonly<Record<string, FieldSpec | string | null>>;
  readonly acls?: readonly (readonly [string, string, string | null, string] | AclSpec)[];
  readonly rules?: readonly RuleSpec[];
  readonly access?: readonly AccessSpec[];
  readonly defaults?: readonly string[];
  /** `model/field` keys; default: every field of `fields`. */
  readonly classified?: readonly string[];
}

export interface UserSpec {
  readonly groups?: readonly string[];
  readonly stored?: readonly string[];
  readonly active?: boolean;
  readonly id?: number;
  readonly xmlid?: string;
  readonly login?: string;
  readonly companies?: readonly string[];
  readonly company?: string;
  readonly employee?: string;
}

export interface DepartmentSpec {
  readonly id?: number;
  readonly company?: string;
  readonly parent?: string;
  readonly manager?: string;
}

export interface EmployeeSpec {
  readonly id?: number;
  readonly user?: string;
  readonly department?: string;
  readonly company?: string;
  readonly parent?: string;
  readonly active?: boolean;
}

export interface FieldSpec {
  readonly groups?: string;
  readonly related?: string;
  readonly relation?: string;
}

export interface AclSpec {
  readonly id: string;
  readonly model: string;
  readonly group?: string | null;
  readonly perms: string;
  readonly active?: boolean;
}

export interface RuleSpec {
  readonly id: string;
  readonly model: string;
  readonly groups?: readonly string[];
  readonly domain?: string | null;
  /** Letters of `rwcd` (read, write, create, delete=unlink); default all four. */
  readonly perms?: string;
  readonly active?: boolean;
}

export interface AccessSpec {
  readonly id: string;
  readonly model: string;
  readonly group?: string | null;
  /** A subset of `crud`. */
  readonly operation: string;
  readonly domain?: string | null;
  readonly active?: boolean;
}

export function snapshotFromSpec(spec: SnapshotSpec): Snapshot {
  const fields = Object.entries(spec.fields ?? {}).map(([key, value]) => fieldOf(key, typeof value === 'string' ? { groups: value } : (value ?? {})));
  return createSnapshot({
    meta: { odooVersion: spec.version ?? '18.0', source: { kind: 'addons', description: 'spec' }, createdAt: '2025-01-01T00:00:00Z', modules: [], warnings: [] },
    groups: Object.entries(spec.groups ?? {}).map(([xmlid, implied]) => groupOf(xmlid, implied ?? [])),
    users: Object.entries(spec.users ?? {}).map(([key, u]) => userOf(key, u ?? {})),
    companies: Object.entries(spec.companies ?? {}).map(([key, c]) => companyOf(key, c ?? {})),
    departments: Object.entries(spec.departments ?? {}).map(([key, d]) => departmentOf(key, d ?? {})),
    employees: Object.entries(spec.employees ?? {}).map(([key, e]) => employeeOf(key, e ?? {})),
    models: Object.entries(spec.models ?? {}).map(([name, m]) => modelOf(name, m?.inherits ?? {})),
    fields,
    acls: (spec.acls ?? []).map(aclOf),
    rules: (spec.rules ?? []).map(ruleOf),
    accessRows: (spec.access ?? []).map(accessOf),
    defaultUserGroupXmlids: spec.defaults ?? [],
    classifications: (spec.classified ?? fields.map((f) => `${f.model}/${f.name}`)).map(classificationOf),
  });
}

export function parseFieldGroups(text: string): FieldGroupRef[] {
  return text.split(',').map((s) => s.trim()).filter(Boolean).map((s) => (s.startsWith('!') ? { xmlid: s.slice(1), negated: true } : { xmlid: s, negated: false }));
}

export function permsOf(letters: string): Perms {
  return { read: letters.includes('r'), write: letters.includes('w'), create: letters.includes('c'), unlink: letters.includes('d') };
}

function moduleOf(xmlid: string): string {
  return xmlid.includes('.') ? xmlid.split('.')[0]! : 'test';
}

function groupOf(xmlid: string, implied: readonly string[]): Group {
  return {
    xmlid, name: xmlid, module: moduleOf(xmlid), category: null, privilege: null, impliedXmlids: implied,
    share: false, comment: null, userType: userTypeOfGroup(xmlid),
  };
}

function userOf(key: string, u: UserSpec): User {
  const companies = u.companies ?? (u.company ? [u.company] : []);
  return {
    key, xmlid: u.xmlid ?? null, id: u.id ?? null, login: u.login ?? key, name: key, active: u.active ?? true,
    share: false, userType: null, groupXmlids: u.groups ?? [], ...(u.stored ? { storedGroupXmlids: u.stored } : {}),
    companyKeys: companies, companyKey: u.company ?? companies[0] ?? null, loginDate: null,
    employee: u.employee ? { employeeKey: u.employee, departmentKey: null, parentEmployeeKey: null } : null,
  };
}

function companyOf(key: string, c: { readonly id?: number; readonly parent?: string }): Company {
  return { key, xmlid: null, id: c.id ?? null, name: key, parentKey: c.parent ?? null };
}

function departmentOf(key: string, d: DepartmentSpec): Department {
  return { key, xmlid: null, id: d.id ?? null, name: key, parentKey: d.parent ?? null, managerKey: d.manager ?? null, companyKey: d.company ?? null };
}

function employeeOf(key: string, e: EmployeeSpec): Employee {
  return {
    key, xmlid: null, id: e.id ?? null, name: key, userKey: e.user ?? null, departmentKey: e.department ?? null,
    parentKey: e.parent ?? null, companyKey: e.company ?? null, active: e.active ?? true,
  };
}

function modelOf(name: string, inherits: Readonly<Record<string, string>>): ModelInfo {
  return { name, description: name, kind: 'Model', module: 'test', inherits: Object.entries(inherits).map(([parentModel, field]) => ({ parentModel, field })) };
}

function fieldOf(key: string, f: FieldSpec): FieldInfo {
  const [model, name] = key.split('/') as [string, string];
  const groups = parseFieldGroups(f.groups ?? '');
  return {
    model, name, type: f.relation ? 'Many2one' : 'Char', relation: f.relation ?? null, related: f.related ?? null, groups,
    groupsSource: groups.length ? 'explicit' : 'none',
  };
}

function aclOf(spec: readonly [string, string, string | null, string] | AclSpec): Acl {
  const a: AclSpec = Array.isArray(spec) ? { id: spec[0], model: spec[1], group: spec[2], perms: spec[3] } : (spec as AclSpec);
  return { xmlid: a.id, name: a.id, model: a.model, groupXmlid: a.group ?? null, perms: permsOf(a.perms), active: a.active ?? true, module: moduleOf(a.id) };
}

function ruleOf(r: RuleSpec): Rule {
  return {
    xmlid: r.id, name: r.id, model: r.model, groupXmlids: r.groups ?? [], domain: r.domain ?? null,
    perms: permsOf(r.perms ?? 'rwcd'), active: r.active ?? true, module: moduleOf(r.id),
  };
}

function accessOf(r: AccessSpec): AccessRow {
  return {
    xmlid: r.id, name: r.id, model: r.model, groupXmlid: r.group ?? null, operation: r.operation, domain: r.domain ?? null,
    active: r.active ?? true, module: moduleOf(r.id),
  };
}

function classificationOf(key: string): Classification {
  const [model, field] = key.split('/') as [string, string];
  return { model, field, categories: ['user.test'], subjects: ['employee'] };
}
