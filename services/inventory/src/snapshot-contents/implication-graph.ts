/** A snapshot's `implied_ids` links with lookups both ways and the transitive closure. */
export class ImplicationGraph {
  private readonly direct = new Map<string, string[]>();
  private readonly reverse = new Map<string, string[]>();
  private readonly closures = new Map<string, string[]>();

  constructor(links: ReadonlyArray<{ group_xmlid: string; implied_xmlid: string }>) {
    for (const { group_xmlid, implied_xmlid } of links) {
      push(this.direct, group_xmlid, implied_xmlid);
      push(this.reverse, implied_xmlid, group_xmlid);
    }
  }

  impliedBy(xmlid: string): readonly string[] {
    return this.direct.get(xmlid) ?? [];
  }

  implying(xmlid: string): readonly string[] {
    return this.reverse.get(xmlid) ?? [];
  }

  /** Every group reachable through implications, in breadth-first order, the start excluded. */
  closureOf(xmlid: string): readonly string[] {
    let closure = this.closures.get(xmlid);
    if (!closure) {
      closure = this.walk([xmlid]).filter((g) => g !== xmlid);
      this.closures.set(xmlid, closure);
    }
    return closure;
  }

  /** Every group that implies this one, directly or not (its holders hold this group too). */
  implyingClosureOf(xmlid: string): readonly string[] {
    return this.walk([xmlid], (g) => this.implying(g)).filter((g) => g !== xmlid);
  }

  /** The groups plus everything they imply (a user's effective groups from explicit ones). */
  effectiveGroups(explicit: readonly string[]): string[] {
    return this.walk(explicit);
  }

  private walk(start: readonly string[], neighbours = (g: string) => this.impliedBy(g)): string[] {
    const seen = new Set<string>(start);
    const queue = [...start];
    for (let i = 0; i < queue.length; i++) {
      for (const next of neighbours(queue[i])) {
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    return queue;
  }
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
