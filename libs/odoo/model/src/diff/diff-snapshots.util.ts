import { canonicalizeSnapshot } from '../canonical/canonicalize-snapshot.util';
import type { Snapshot } from '../schema/snapshot.schema';
import { SNAPSHOT_COLLECTION_KEYS as keys, fieldKey } from '../schema/snapshot-keys.util';
import { diffKeyed } from './diff-keyed.util';
import type { DefaultUserGroup, FieldGroups, Implication, Membership, SnapshotDiff } from './snapshot-diff.type';

/** What changed from `a` to `b` (see {@link SnapshotDiff}). */
export function diffSnapshots(a: Snapshot, b: Snapshot): SnapshotDiff {
  const before = canonicalizeSnapshot(a);
  const after = canonicalizeSnapshot(b);
  return {
    modules: diffKeyed(before.meta.modules, after.meta.modules, (m) => m.name, ({ loadIndex: _index, ...m }) => m),
    groups: diffKeyed(before.groups, after.groups, keys.groups, ({ impliedXmlids: _implied, ...g }) => withoutSource(g)),
    implications: diffKeyed(implications(before), implications(after), implicationKey),
    users: diffKeyed(before.users, after.users, keys.users, ({ groupXmlids: _explicit, storedGroupXmlids: _stored, ...u }) =>
      withoutSource(u),
    ),
    memberships: diffKeyed(memberships(before), memberships(after), membershipKey),
    acls: diffKeyed(before.acls, after.acls, keys.acls, withoutSource),
    rules: diffKeyed(before.rules, after.rules, keys.rules, withoutSource),
    accessRows: diffKeyed(before.accessRows, after.accessRows, keys.accessRows, withoutSource),
    models: diffKeyed(before.models, after.models, keys.models, withoutSource),
    fieldGroups: diffKeyed(fieldGroups(before), fieldGroups(after), (f) => fieldKey({ model: f.model, name: f.field })),
    defaultUserGroups: diffKeyed(defaultUserGroups(before), defaultUserGroups(after), (g) => g.groupXmlid),
  };
}

function withoutSource<T extends object>(item: T): Omit<T, 'source' | 'extensions'> {
  const { source: _source, extensions: _extensions, ...rest } = item as T & { source?: unknown; extensions?: unknown };
  return rest;
}

function implications(snapshot: Snapshot): Implication[] {
  return snapshot.groups.flatMap((g) => g.impliedXmlids.map((impliedXmlid) => ({ groupXmlid: g.xmlid, impliedXmlid })));
}

function implicationKey(link: Implication): string {
  return `${link.groupXmlid} -> ${link.impliedXmlid}`;
}

function memberships(snapshot: Snapshot): Membership[] {
  return snapshot.users.flatMap((u) => u.groupXmlids.map((groupXmlid) => ({ userKey: u.key, groupXmlid })));
}

function membershipKey(link: Membership): string {
  return `${link.userKey} in ${link.groupXmlid}`;
}

function fieldGroups(snapshot: Snapshot): FieldGroups[] {
  return snapshot.fields.filter((f) => f.groups.length > 0).map((f) => ({ model: f.model, field: f.name, groups: f.groups }));
}

function defaultUserGroups(snapshot: Snapshot): DefaultUserGroup[] {
  return snapshot.defaultUserGroupXmlids.map((groupXmlid) => ({ groupXmlid }));
}
