import { DOMAIN_FALSE, DOMAIN_TRUE, andDomain, notDomain, orDomain } from './domain.factory';
import type { DomainNode } from './domain-node.type';
import { formatDomain } from './format-domain.util';

/**
 * Constant folding: TRUE is dropped from ANDs and FALSE from ORs, a FALSE conjunct makes an AND
 * FALSE, a TRUE disjunct makes an OR TRUE, `!TRUE` is FALSE, `!!x` is `x`, and duplicate children
 * (same canonical text) are removed. Leaves and sub-domains of `any` are simplified too.
 */
export function simplifyDomain(node: DomainNode): DomainNode {
  switch (node.kind) {
    case 'and': return simplifyNary(node.children.map(simplifyDomain), 'and');
    case 'or': return simplifyNary(node.children.map(simplifyDomain), 'or');
    case 'not': return simplifyNot(simplifyDomain(node.child), node);
    case 'leaf': return node.value.kind === 'domain' ? { ...node, value: { kind: 'domain', domain: simplifyDomain(node.value.domain) } } : node;
    default: return node;
  }
}

function simplifyNary(children: DomainNode[], kind: 'and' | 'or'): DomainNode {
  const [absorbing, neutral] = kind === 'and' ? ['false', 'true'] : ['true', 'false'];
  if (children.some((child) => child.kind === absorbing)) return kind === 'and' ? DOMAIN_FALSE : DOMAIN_TRUE;
  const seen = new Set<string>();
  const kept = children.filter((child) => {
    if (child.kind === neutral) return false;
    const key = formatDomain(child);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return kind === 'and' ? andDomain(kept) : orDomain(kept);
}

function simplifyNot(child: DomainNode, original: DomainNode): DomainNode {
  if (child.kind === 'true') return DOMAIN_FALSE;
  if (child.kind === 'false') return DOMAIN_TRUE;
  if (child.kind === 'not') return child.child;
  return notDomain(child, { pos: original.pos, file: original.file });
}
