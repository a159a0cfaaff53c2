import { andDomain, orDomain } from './domain.factory';
import type { DomainNode } from './domain-node.type';
import { simplifyDomain } from './simplify-domain.util';

/**
 * Odoo's `ir.rule._compute_domain` (17/18/19): global rules are AND-ed; the rules of the user's
 * groups are OR-ed, then AND-ed with the globals. No group rule → the OR part is dropped (it does
 * not become FALSE). No rule at all → TRUE. The result is simplified.
 */
export function combineRuleDomains(globals: readonly DomainNode[], groupRules: readonly DomainNode[]): DomainNode {
  const parts = groupRules.length > 0 ? [...globals, orDomain(groupRules)] : [...globals];
  return simplifyDomain(andDomain(parts));
}
