import { formatPython, type PyNode } from '@sightline/odoo-python';

/** Whose identity a leaf value stands for, in the rule evaluation context. */
export type ValueIdentity = 'user' | 'employee' | 'partner' | 'department' | 'companies' | 'company';

export interface IdentifiedValue {
  /** Undefined when the value is only False/None, or not a recognised context value. */
  readonly identity?: ValueIdentity;
  /** The value also contains False (e.g. `company_ids + [False]`, `[user.id, False]`). */
  readonly withFalse: boolean;
  /** The value is only False/None (or a list of them). */
  readonly onlyFalse: boolean;
  /** Some part is not a recognised context value. */
  readonly unknown: boolean;
}

const IDENTITIES: Readonly<Record<string, ValueIdentity>> = {
  'user.id': 'user', 'user.ids': 'user',
  'user.employee_id.id': 'employee', 'user.employee_id.ids': 'employee', 'user.employee_ids.ids': 'employee',
  'user.partner_id.id': 'partner', 'user.partner_id.ids': 'partner', 'user.commercial_partner_id.id': 'partner',
  'user.commercial_partner_id.ids': 'partner', 'user.partner_id.commercial_partner_id.id': 'partner',
  'user.partner_id.commercial_partner_id.ids': 'partner',
  'user.employee_id.department_id.id': 'department', 'user.employee_id.department_id.ids': 'department',
  'user.employee_ids.department_id.ids': 'department',
  company_ids: 'companies', 'user.company_ids.ids': 'companies', 'user.env.companies.ids': 'companies',
  company_id: 'company', 'user.company_id.id': 'company', 'user.env.company.id': 'company',
};

const NOTHING: IdentifiedValue = { withFalse: false, onlyFalse: true, unknown: false };

/**
 * Recognises the context value a leaf compares with: `user.id`, `[user.partner_id.id]`,
 * `company_ids + [False]`, `(False, user.id)`… (lists, tuples and `+` are looked through).
 */
export function identifyValue(node: PyNode): IdentifiedValue {
  if ((node.kind === 'bool' && !node.value) || node.kind === 'none') return { withFalse: true, onlyFalse: true, unknown: false };
  if (node.kind === 'list' || node.kind === 'tuple') return node.elements.map(identifyValue).reduce(merge, NOTHING);
  if (node.kind === 'binary' && node.op === '+') return merge(identifyValue(node.left), identifyValue(node.right));
  const identity = IDENTITIES[formatPython(node)];
  return identity ? { identity, withFalse: false, onlyFalse: false, unknown: false } : { withFalse: false, onlyFalse: false, unknown: true };
}

function merge(a: IdentifiedValue, b: IdentifiedValue): IdentifiedValue {
  const clash = a.identity !== undefined && b.identity !== undefined && a.identity !== b.identity;
  return {
    identity: clash ? undefined : (a.identity ?? b.identity),
    withFalse: a.withFalse || b.withFalse,
    onlyFalse: a.onlyFalse && b.onlyFalse,
    unknown: a.unknown || b.unknown || clash,
  };
}
