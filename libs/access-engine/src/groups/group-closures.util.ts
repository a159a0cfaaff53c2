import type { Group } from '@sightline/odoo-model';
import { GroupSet } from '../bitset/group-set';
import type { GroupIndex } from './group-index';

/** Direct implications by bit (`implied_ids`). */
export type ImplicationGraph = readonly (readonly number[])[];

export function buildImplicationGraph(groups: readonly Pick<Group, 'xmlid' | 'impliedXmlids'>[], index: GroupIndex): ImplicationGraph {
  const graph: number[][] = Array.from({ length: index.size }, () => []);
  for (const group of groups) {
    const from = index.bitOf(group.xmlid)!;
    for (const implied of group.impliedXmlids) {
      const to = index.bitOf(implied)!;
      if (!graph[from]!.includes(to)) graph[from]!.push(to);
    }
  }
  return graph;
}

/**
 * The reflexive transitive closure of every group (19 `all_implied_ids`; 17/18 `trans_implied_ids`
 * plus the group itself). Propagates to a fixpoint, so cycles end up with the same closure on every
 * member of the cycle.
 */
export function computeGroupClosures(graph: ImplicationGraph): GroupSet[] {
  const closures = graph.map((_, bit) => GroupSet.of([bit], graph.length));
  for (let changed = true; changed; ) {
    changed = false;
    graph.forEach((implied, bit) => {
      const closure = closures[bit]!;
      const before = closure.size;
      for (const target of implied) closure.addAll(closures[target]!);
      if (closure.size !== before) changed = true;
    });
  }
  return closures;
}

/** The union of the closures of `bits`. */
export function closureOf(bits: Iterable<number>, closures: readonly GroupSet[]): GroupSet {
  const result = GroupSet.empty(closures.length);
  for (const bit of bits) result.addAll(closures[bit]!);
  return result;
}
