import type { GrantState } from '../exposure/hr-access-state.type';

const SCOPE_RANK: Readonly<Record<string, number>> = { none: 0, 'own-records': 1, 'own-department': 2, 'own-company': 3, all: 5 };

/**
 * Write beats read; a scope is wider when both are ranked (none < own-records < own-department <
 * own-company < all) and it ranks higher, or when it becomes `all`. A `custom` scope cannot be
 * ordered against another: changes between custom domains are not reported as widening.
 */
export function isWiderGrant(head: GrantState, base: GrantState): boolean {
  if (head.access === 'write' && base.access === 'read') return true;
  return isWiderScope(head.scope, base.scope);
}

export function isWiderScope(head: string, base: string): boolean {
  if (head === base) return false;
  if (head === 'all') return true;
  const [h, b] = [SCOPE_RANK[head], SCOPE_RANK[base]];
  return h !== undefined && b !== undefined && h > b;
}

/** The grant reaches at least what `other` reaches. */
export function coversGrant(grant: GrantState, other: GrantState): boolean {
  return !isWiderGrant(other, grant);
}
