import type { ImplicationGraph } from '../groups/group-closures.util';
import type { GroupIndex } from '../groups/group-index';
import { ImplicationPaths } from '../groups/implication-paths';
import type { MembershipOrigin } from './access-profile.type';

/**
 * The implication paths of an origin. 19: from the explicit groups. 17/18 stored `groups_id`: from
 * the explicit groups, then from every stored group no other stored group implies, walking only
 * stored groups (a stored group nothing explains is its own path: a stale membership).
 */
export function originPaths(origin: MembershipOrigin, graph: ImplicationGraph, index: GroupIndex): ImplicationPaths {
  const explicit = origin.explicit.toArray();
  if (!origin.stored) return new ImplicationPaths([explicit], graph, index);
  const stored = origin.stored;
  const impliedByOther = new Set<number>();
  for (const bit of stored.bits()) for (const next of graph[bit] ?? []) if (next !== bit) impliedByOther.add(next);
  const tops = stored.toArray().filter((bit) => !impliedByOther.has(bit));
  return new ImplicationPaths([explicit.filter((bit) => stored.has(bit)), tops], graph, index, stored);
}
