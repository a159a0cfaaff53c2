import { classifyDomainScope, orDomain, type DomainNode, type ScopeClassification } from '@sightline/odoo-domain';
import type { CompiledRule } from '../tables/compiled-rule.type';

/**
 * The rules that make a combined domain narrower than its scope says (`own-company, further
 * restricted`, or `custom`): the AND-ed rules (globals, restrictions, `_inherits` parents' restricting
 * rules) that are neither TRUE nor exactly that scope, and, when the OR-ed group rules (or
 * permissions) together are, the OR-ed ones that are. Empty when the scope is exact.
 */
export function restrictingRules(
  combined: ScopeClassification,
  anded: readonly CompiledRule[],
  ored: readonly CompiledRule[],
  parents: readonly (readonly string[])[],
): string[] {
  if (combined.exact || combined.scope === 'all' || combined.scope === 'none') return [];
  const restricts = (classification: ScopeClassification) => !isWithin(classification, combined);
  const fromAnded = anded.filter((rule) => restricts(classifyDomainScope(rule.domain))).map((rule) => rule.xmlid);
  const fromOred = ored.length > 0 && restricts(classifyDomainScope(orOf(ored.map((r) => r.domain))))
    ? ored.filter((rule) => restricts(classifyDomainScope(rule.domain))).map((rule) => rule.xmlid)
    : [];
  return [...new Set([...fromAnded, ...fromOred, ...parents.flat()])];
}

/** A part that keeps every record of the combined scope: TRUE, or exactly that scope. */
function isWithin(part: ScopeClassification, combined: ScopeClassification): boolean {
  return part.scope === 'all' || (part.exact && part.scope === combined.scope && combined.scope !== 'custom');
}

function orOf(domains: readonly DomainNode[]): DomainNode {
  return domains.length === 1 ? domains[0]! : orDomain(domains);
}
