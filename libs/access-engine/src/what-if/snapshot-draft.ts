import type { Group, Snapshot, User } from '@sightline/odoo-model';
import { computeImpliedClosure } from '@sightline/odoo-model';

type Collections = Omit<Snapshot, 'schemaVersion' | 'meta' | 'defaultUserGroupXmlids'>;
type Keyed<K extends keyof Collections> = Collections[K][number];

/**
 * A snapshot being changed: collections are copied on first write, so a change to one user copies
 * the user list once and shares everything else with the original snapshot.
 */
export class SnapshotDraft {
  private readonly copies = new Map<keyof Collections, unknown[]>();
  private defaults: readonly string[];
  private closures: ReadonlyMap<string, ReadonlySet<string>> | null = null;

  constructor(
    readonly base: Snapshot,
    private readonly userIndexOf: (key: string) => number | undefined,
  ) {
    this.defaults = base.defaultUserGroupXmlids;
  }

  list<K extends keyof Collections>(name: K): readonly Keyed<K>[] {
    return (this.copies.get(name) as Keyed<K>[] | undefined) ?? (this.base[name] as readonly Keyed<K>[]);
  }

  writable<K extends keyof Collections>(name: K): Keyed<K>[] {
    if (!this.copies.has(name)) this.copies.set(name, [...(this.base[name] as readonly Keyed<K>[])]);
    if (name === 'groups') this.closures = null;
    return this.copies.get(name) as Keyed<K>[];
  }

  /** Adds `item`, or replaces the item with the same key. */
  put<K extends keyof Collections>(name: K, item: Keyed<K>, keyOf: (item: Keyed<K>) => string): void {
    const items = this.writable(name);
    const at = items.findIndex((existing) => keyOf(existing) === keyOf(item));
    if (at >= 0) items[at] = item;
    else items.push(item);
  }

  remove<K extends keyof Collections>(name: K, key: string, keyOf: (item: Keyed<K>) => string): void {
    const items = this.writable(name);
    const at = items.findIndex((existing) => keyOf(existing) === key);
    if (at >= 0) items.splice(at, 1);
  }

  user(key: string): { readonly index: number; readonly user: User } {
    const index = this.userIndexOf(key);
    if (index === undefined) throw new Error(`no user "${key}" in the snapshot`);
    return { index, user: this.list('users')[index]! };
  }

  setUser(index: number, user: User): void {
    this.writable('users')[index] = user;
  }

  group(xmlid: string): Group | undefined {
    return this.list('groups').find((g) => g.xmlid === xmlid);
  }

  /** Non-reflexive closure (`trans_implied_ids`) of a group under the draft's implications. */
  impliedBy(xmlid: string): ReadonlySet<string> {
    this.closures ??= computeImpliedClosure(this.list('groups'));
    return this.closures.get(xmlid) ?? new Set();
  }

  addDefaultGroup(xmlid: string): void {
    if (!this.defaults.includes(xmlid)) this.defaults = [...this.defaults, xmlid];
  }

  toSnapshot(): Snapshot {
    const collections = Object.fromEntries(this.copies) as Partial<Collections>;
    return { ...this.base, ...collections, defaultUserGroupXmlids: this.defaults };
  }
}
