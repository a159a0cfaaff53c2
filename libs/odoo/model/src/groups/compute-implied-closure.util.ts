import type { Group } from '../schema/group.schema';

type Implying = Pick<Group, 'xmlid' | 'impliedXmlids'>;

/**
 * For each group, every group it implies directly or transitively (itself excluded unless it is
 * on a cycle), like 17/18 `trans_implied_ids`. Implied groups missing from `groups` are still
 * listed; they imply nothing further. A plain breadth-first walk: meant for readers and tests,
 * the access engine has its own bitset closure.
 */
export function computeImpliedClosure(groups: readonly Implying[]): ReadonlyMap<string, ReadonlySet<string>> {
  const direct = new Map(groups.map((g) => [g.xmlid, g.impliedXmlids] as const));
  return new Map(groups.map((g) => [g.xmlid, reachableFrom(g.xmlid, direct)] as const));
}

function reachableFrom(start: string, direct: ReadonlyMap<string, readonly string[]>): ReadonlySet<string> {
  const found = new Set<string>();
  const queue = [...(direct.get(start) ?? [])];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    if (found.has(next)) continue;
    found.add(next);
    queue.push(...(direct.get(next) ?? []));
  }
  return found;
}
