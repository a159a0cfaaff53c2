import { pythonRepr } from '@sightline/odoo-python';
import type { DomainLeaf, DomainNode } from './domain-node.type';
import { formatDomainValue } from './format-domain-value.util';

/**
 * Canonical Odoo text of a domain in prefix notation, e.g.
 * `['|', ('company_id', '=', False), ('company_id', 'in', company_ids)]`. A top-level AND is written
 * as consecutive terms (implicit AND); TRUE alone is `[]`, elsewhere `(1, '=', 1)`.
 */
export function formatDomain(node: DomainNode): string {
  if (node.kind === 'true') return '[]';
  const top = node.kind === 'and' ? node.children.flatMap(terms) : terms(node);
  return `[${top.join(', ')}]`;
}

function terms(node: DomainNode): string[] {
  switch (node.kind) {
    case 'true': return ["(1, '=', 1)"];
    case 'false': return ["(0, '=', 1)"];
    case 'not': return ["'!'", ...terms(node.child)];
    case 'leaf': return [formatLeaf(node)];
    default: {
      const operator = node.kind === 'and' ? "'&'" : "'|'";
      return [...Array<string>(node.children.length - 1).fill(operator), ...node.children.flatMap(terms)];
    }
  }
}

function formatLeaf(leaf: DomainLeaf): string {
  return `(${pythonRepr(leaf.path)}, ${pythonRepr(leaf.operator)}, ${formatDomainValue(leaf.value)})`;
}
