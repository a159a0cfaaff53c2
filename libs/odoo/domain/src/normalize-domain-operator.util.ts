import { DOMAIN_OPERATORS, type DomainOperator } from './domain-node.type';

const ALIASES: Readonly<Record<string, DomainOperator>> = { '<>': '!=', '==': '=' };

/** The canonical form of a leaf operator (`<>` → `!=`, `==` → `=`, lower case), or undefined if unknown. */
export function normalizeDomainOperator(operator: string): DomainOperator | undefined {
  const lower = operator.toLowerCase();
  const canonical = ALIASES[lower] ?? lower;
  return (DOMAIN_OPERATORS as readonly string[]).includes(canonical) ? (canonical as DomainOperator) : undefined;
}
