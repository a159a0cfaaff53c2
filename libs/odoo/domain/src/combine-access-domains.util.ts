import { DOMAIN_FALSE, andDomain, orDomain } from './domain.factory';
import type { DomainNode } from './domain-node.type';
import { simplifyDomain } from './simplify-domain.util';

/**
 * Post-19 `ir.access`: `permissions` are the domains of matching rows with a group the user has
 * (an empty domain is TRUE, so such a row widens access), `restrictions` those of group-less rows.
 * No permission → no access (FALSE); otherwise AND(OR(permissions), ...restrictions), simplified.
 */
export function combineAccessDomains(permissions: readonly DomainNode[], restrictions: readonly DomainNode[]): DomainNode {
  if (permissions.length === 0) return DOMAIN_FALSE;
  return simplifyDomain(andDomain([orDomain(permissions), ...restrictions]));
}
