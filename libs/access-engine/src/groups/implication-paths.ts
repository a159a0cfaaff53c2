import type { GroupSet } from '../bitset/group-set';
import type { ImplicationGraph } from './group-closures.util';
import type { GroupIndex } from './group-index';

const UNREACHED = -2;
const ROOT = -1;

/**
 * For one set of explicitly held groups (the roots), the implication path that puts each reachable
 * group in the closure: a breadth-first walk, so each path is a shortest one. Root layers are walked
 * one after the other (a group view prefers paths from its group over those from
 * `base.group_user`). `within` limits the walk to groups actually held (17/18 stored groups).
 * `pathTo` gives XML ids from the explicit group to the target, e.g.
 * `['hr_timesheet.group_timesheet_manager', 'hr.group_hr_user']`.
 */
export class ImplicationPaths {
  private readonly parent: Int32Array;

  constructor(
    rootLayers: readonly (readonly number[])[],
    graph: ImplicationGraph,
    private readonly index: GroupIndex,
    within: GroupSet | null = null,
  ) {
    this.parent = new Int32Array(graph.length).fill(UNREACHED);
    for (const layer of rootLayers) this.walk(layer, graph, within);
  }

  reaches(bit: number): boolean {
    return bit < this.parent.length && this.parent[bit] !== UNREACHED;
  }

  /** The path to a group, or just `[group]` when no root reaches it (a stored 17/18 membership). */
  pathTo(bit: number): string[] {
    if (!this.reaches(bit)) return [this.index.xmlidOf(bit)];
    const path: string[] = [];
    for (let at = bit; at !== ROOT; at = this.parent[at]!) path.push(this.index.xmlidOf(at));
    return path.reverse();
  }

  private walk(roots: readonly number[], graph: ImplicationGraph, within: GroupSet | null): void {
    const queue = roots.filter((root) => this.parent[root] === UNREACHED);
    for (const root of queue) this.parent[root] = ROOT;
    for (let head = 0; head < queue.length; head++) {
      const bit = queue[head]!;
      for (const next of graph[bit] ?? []) {
        if (this.parent[next] !== UNREACHED || (within && !within.has(next))) continue;
        this.parent[next] = bit;
        queue.push(next);
      }
    }
  }
}
