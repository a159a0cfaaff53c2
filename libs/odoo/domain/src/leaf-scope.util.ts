import type { DomainLeaf } from './domain-node.type';
import { identifyValue, type IdentifiedValue, type ValueIdentity } from './value-identity.util';

/**
 * What one leaf says about scope. Besides the scopes, two companions only count inside an OR:
 * `shared` (`company_id = False`: records without company, next to an own-company leaf) and
 * `unassigned` (`user_id = False`: records without owner, next to an own-records leaf).
 */
export type LeafScope = 'own-company' | 'own-records' | 'own-department' | 'shared' | 'unassigned' | 'custom';

const COMPANY_FIELDS: ReadonlySet<string> = new Set(['company_id', 'company_ids']);
/** Owner fields per identity; a path may reach them through the record's own employee/partner. */
const OWNER_FIELDS: Readonly<Partial<Record<ValueIdentity, ReadonlySet<string>>>> = {
  user: new Set(['user_id', 'user_ids', 'create_uid', 'id']),
  employee: new Set(['employee_id', 'id']),
  partner: new Set(['partner_id', 'commercial_partner_id', 'res_partner_id', 'id']),
};
const OWNER_LINKS: ReadonlySet<string> = new Set(['employee_id', 'partner_id', 'commercial_partner_id']);
const ALL_OWNER_FIELDS: ReadonlySet<string> = new Set(Object.values(OWNER_FIELDS).flatMap((s) => [...s!]));

/** Classifies a single leaf (see the package README for the exact rules). */
export function classifyLeafScope(leaf: DomainLeaf): LeafScope {
  if (leaf.value.kind !== 'expression') return 'custom';
  const value = identifyValue(leaf.value.node);
  const segments = leaf.path.split('.');
  const last = segments[segments.length - 1];
  if (COMPANY_FIELDS.has(last) || (leaf.path === 'id' && isCompanies(value))) return companyLeaf(leaf, value);
  if (last === 'department_id' && segments.slice(0, -1).every((s) => s === 'employee_id')) return departmentLeaf(leaf, value);
  return ownerLeaf(leaf, value, segments);
}

function isCompanies(value: IdentifiedValue): boolean {
  return !value.unknown && (value.identity === 'companies' || value.identity === 'company');
}

function companyLeaf(leaf: DomainLeaf, value: IdentifiedValue): LeafScope {
  if (isFalseTest(leaf, value)) return 'shared';
  if (!isCompanies(value)) return 'custom';
  return ['in', '=', 'parent_of', 'child_of'].includes(leaf.operator) ? 'own-company' : 'custom';
}

function departmentLeaf(leaf: DomainLeaf, value: IdentifiedValue): LeafScope {
  const known = !value.unknown && value.identity === 'department' && !value.withFalse;
  return known && ['=', 'in', 'child_of'].includes(leaf.operator) ? 'own-department' : 'custom';
}

function ownerLeaf(leaf: DomainLeaf, value: IdentifiedValue, segments: readonly string[]): LeafScope {
  const last = segments[segments.length - 1];
  const linked = segments.slice(0, -1).every((s) => OWNER_LINKS.has(s));
  if (!linked) return 'custom';
  if (isFalseTest(leaf, value)) return ALL_OWNER_FIELDS.has(last) && last !== 'id' ? 'unassigned' : 'custom';
  if (value.unknown || !value.identity || !OWNER_FIELDS[value.identity]?.has(last)) return 'custom';
  const operators = value.identity === 'partner' ? ['=', 'in', 'child_of'] : ['=', 'in'];
  if (!operators.includes(leaf.operator)) return 'custom';
  return value.withFalse && last === 'id' ? 'custom' : 'own-records';
}

/** `(path, '=', False)` or `(path, 'in', [False])`. */
function isFalseTest(leaf: DomainLeaf, value: IdentifiedValue): boolean {
  return value.onlyFalse && value.withFalse && (leaf.operator === '=' || leaf.operator === 'in');
}
