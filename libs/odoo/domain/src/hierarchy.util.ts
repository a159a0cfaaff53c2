import type { DomainLeaf } from './domain-node.type';
import type { ParentLookup } from './domain-evaluation-context.type';

/** `id` and its ancestors, nearest first, following the parent lookup (cycles are cut). */
export function ancestorsOrSelf(id: unknown, parents: ParentLookup, leaf: DomainLeaf): unknown[] {
  const chain: unknown[] = [];
  const seen = new Set<unknown>();
  for (let current = id; current !== null && current !== undefined && current !== false && !seen.has(current); ) {
    chain.push(current);
    seen.add(current);
    current = typeof parents === 'function' ? parents(current, leaf) : parents.get(current);
  }
  return chain;
}
