import type { DomainNode, DomainSource } from './domain-node.type';

export const DOMAIN_TRUE: DomainNode = Object.freeze({ kind: 'true' });
export const DOMAIN_FALSE: DomainNode = Object.freeze({ kind: 'false' });

/** AND of the given domains: flattened, `[]` → TRUE, one child → that child. No other simplification. */
export function andDomain(children: readonly DomainNode[], source: DomainSource = {}): DomainNode {
  return naryDomain('and', children, DOMAIN_TRUE, source);
}

/** OR of the given domains: flattened, `[]` → FALSE, one child → that child. No other simplification. */
export function orDomain(children: readonly DomainNode[], source: DomainSource = {}): DomainNode {
  return naryDomain('or', children, DOMAIN_FALSE, source);
}

export function notDomain(child: DomainNode, source: DomainSource = {}): DomainNode {
  return { kind: 'not', child, ...source };
}

function naryDomain(kind: 'and' | 'or', children: readonly DomainNode[], empty: DomainNode, source: DomainSource): DomainNode {
  const flat = children.flatMap((child) => (child.kind === kind ? child.children : [child]));
  if (flat.length === 0) return empty;
  if (flat.length === 1) return flat[0];
  return { kind, children: flat, ...source };
}
