import type { Snapshot } from '@sightline/odoo-model';

/** `.` in a field's `groups=`: nobody (19 `NO_ACCESS`). It is never a group. */
export const NO_ACCESS = '.';

/**
 * Group XML id ↔ bit. Every group of the snapshot gets a bit, and so does every XML id that is only
 * referenced (by an implication, a user, an ACL, a rule, a field): a user can hold a group whose
 * record was not read. Bits are assigned in snapshot order and only ever appended.
 */
export class GroupIndex {
  private readonly bits = new Map<string, number>();
  private readonly xmlids: string[] = [];

  static fromSnapshot(snapshot: Snapshot): GroupIndex {
    return new GroupIndex().extendedWith(referencedGroupXmlids(snapshot));
  }

  get size(): number {
    return this.xmlids.length;
  }

  bitOf(xmlid: string): number | undefined {
    return this.bits.get(xmlid);
  }

  xmlidOf(bit: number): string {
    const xmlid = this.xmlids[bit];
    if (xmlid === undefined) throw new Error(`no group has bit ${bit}`);
    return xmlid;
  }

  /** This index if it knows every XML id, else a copy with the new ones appended. */
  extendedWith(xmlids: Iterable<string>): GroupIndex {
    const missing = [...new Set(xmlids)].filter((x) => x !== NO_ACCESS && !this.bits.has(x));
    if (missing.length === 0) return this;
    const copy = new GroupIndex();
    for (const xmlid of [...this.xmlids, ...missing]) copy.append(xmlid);
    return copy;
  }

  private append(xmlid: string): void {
    this.bits.set(xmlid, this.xmlids.length);
    this.xmlids.push(xmlid);
  }
}

/** Every group XML id a snapshot defines or mentions, in a stable order. */
export function* referencedGroupXmlids(snapshot: Snapshot): Generator<string> {
  for (const group of snapshot.groups) yield group.xmlid;
  for (const group of snapshot.groups) yield* group.impliedXmlids;
  for (const user of snapshot.users) {
    yield* user.groupXmlids;
    yield* user.storedGroupXmlids ?? [];
  }
  yield* snapshot.defaultUserGroupXmlids;
  for (const acl of snapshot.acls) if (acl.groupXmlid) yield acl.groupXmlid;
  for (const rule of snapshot.rules) yield* rule.groupXmlids;
  for (const row of snapshot.accessRows) if (row.groupXmlid) yield row.groupXmlid;
  for (const field of snapshot.fields) for (const ref of field.groups) yield ref.xmlid;
}
