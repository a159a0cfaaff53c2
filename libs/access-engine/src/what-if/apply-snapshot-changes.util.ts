import type { Snapshot, User } from '@sightline/odoo-model';
import { SNAPSHOT_COLLECTION_KEYS } from '@sightline/odoo-model';
import type { ChangeFootprint } from '../engine/change-footprint.type';
import { semanticsOfVersion } from '../semantics/odoo-semantics';
import { moduleChanges } from './module-changes.util';
import { SnapshotDraft } from './snapshot-draft';
import type { SnapshotChange } from './snapshot-change.type';

export interface AppliedChanges {
  readonly snapshot: Snapshot;
  readonly footprint: ChangeFootprint;
}

interface MutableFootprint {
  userKeys: Set<string>;
  implicationsChanged: boolean;
  groupXmlids: Set<string>;
  models: Set<string>;
  fieldsChanged: boolean;
  classificationsChanged: boolean;
}

/**
 * The snapshot after the changes (a new object; untouched collections are shared) and what they
 * touch. `userIndexOf` finds a user's position (an engine has it; by default a map is built).
 */
export function applySnapshotChanges(
  snapshot: Snapshot,
  changes: readonly SnapshotChange[],
  userIndexOf: (key: string) => number | undefined = indexOfUsers(snapshot),
): AppliedChanges {
  const draft = new SnapshotDraft(snapshot, userIndexOf);
  const stored = semanticsOfVersion(snapshot.meta.odooVersion).groupStorage === 'stored';
  const footprint: MutableFootprint = {
    userKeys: new Set(), implicationsChanged: false, groupXmlids: new Set(), models: new Set(), fieldsChanged: false, classificationsChanged: false,
  };
  const apply = (change: SnapshotChange): void => {
    if (change.kind === 'add-module') moduleChanges(change.module, (x) => draft.group(x)).forEach(apply);
    else applyOne(change, draft, footprint, stored);
  };
  changes.forEach(apply);
  return { snapshot: draft.toSnapshot(), footprint };
}

function applyOne(change: Exclude<SnapshotChange, { kind: 'add-module' }>, draft: SnapshotDraft, footprint: MutableFootprint, stored: boolean): void {
  const keys = SNAPSHOT_COLLECTION_KEYS;
  switch (change.kind) {
    case 'add-membership': case 'remove-membership': {
      const { index, user } = draft.user(change.userKey);
      draft.setUser(index, change.kind === 'add-membership' ? withGroup(user, change.groupXmlid, draft, stored) : withoutGroup(user, change.groupXmlid, draft, stored));
      footprint.userKeys.add(change.userKey);
      footprint.groupXmlids.add(change.groupXmlid);
      return;
    }
    case 'add-implication': case 'remove-implication': {
      editImplication(draft, change.groupXmlid, change.impliedXmlid, change.kind === 'add-implication', stored);
      footprint.implicationsChanged = true;
      [change.groupXmlid, change.impliedXmlid].forEach((x) => footprint.groupXmlids.add(x));
      return;
    }
    case 'put-group':
      draft.put('groups', change.group, keys.groups);
      footprint.implicationsChanged = true;
      [change.group.xmlid, ...change.group.impliedXmlids].forEach((x) => footprint.groupXmlids.add(x));
      return;
    case 'put-acl':
      touchModel(footprint, draft.list('acls').find((a) => a.xmlid === change.acl.xmlid)?.model);
      draft.put('acls', change.acl, keys.acls);
      touchModel(footprint, change.acl.model, change.acl.groupXmlid);
      return;
    case 'remove-acl': touchModel(footprint, draft.list('acls').find((a) => a.xmlid === change.xmlid)?.model); draft.remove('acls', change.xmlid, keys.acls); return;
    case 'put-rule':
      touchModel(footprint, draft.list('rules').find((r) => r.xmlid === change.rule.xmlid)?.model);
      draft.put('rules', change.rule, keys.rules);
      touchModel(footprint, change.rule.model, ...change.rule.groupXmlids);
      return;
    case 'remove-rule': touchModel(footprint, draft.list('rules').find((r) => r.xmlid === change.xmlid)?.model); draft.remove('rules', change.xmlid, keys.rules); return;
    case 'put-access-row':
      touchModel(footprint, draft.list('accessRows').find((r) => r.xmlid === change.row.xmlid)?.model);
      draft.put('accessRows', change.row, keys.accessRows);
      touchModel(footprint, change.row.model, change.row.groupXmlid);
      return;
    case 'remove-access-row':
      touchModel(footprint, draft.list('accessRows').find((r) => r.xmlid === change.xmlid)?.model);
      draft.remove('accessRows', change.xmlid, keys.accessRows);
      return;
    case 'put-model':
      draft.put('models', change.model, keys.models);
      touchModel(footprint, change.model.name);
      footprint.fieldsChanged = true;
      return;
    case 'put-field':
      draft.put('fields', change.field, keys.fields);
      footprint.fieldsChanged = true;
      change.field.groups.forEach((ref) => footprint.groupXmlids.add(ref.xmlid));
      return;
    case 'put-classification': draft.put('classifications', change.classification, keys.classifications); footprint.classificationsChanged = true; return;
    case 'add-default-group': draft.addDefaultGroup(change.groupXmlid); footprint.groupXmlids.add(change.groupXmlid); return;
  }
}

function touchModel(footprint: MutableFootprint, model: string | undefined, ...groupXmlids: (string | null)[]): void {
  if (model) footprint.models.add(model);
  for (const xmlid of groupXmlids) if (xmlid) footprint.groupXmlids.add(xmlid);
}

/** 17/18 stored: `(4, g)` also links g's implied groups (`UsersImplied.write`). */
function withGroup(user: User, xmlid: string, draft: SnapshotDraft, stored: boolean): User {
  const groupXmlids = user.groupXmlids.includes(xmlid) ? user.groupXmlids : [...user.groupXmlids, xmlid];
  if (!stored || !user.storedGroupXmlids) return { ...user, groupXmlids };
  return { ...user, groupXmlids, storedGroupXmlids: union(user.storedGroupXmlids, [xmlid, ...draft.impliedBy(xmlid)]) };
}

/** 17/18 stored: `(3, g)` unlinks g only; Odoo then re-links what the remaining groups imply. */
function withoutGroup(user: User, xmlid: string, draft: SnapshotDraft, stored: boolean): User {
  const groupXmlids = user.groupXmlids.filter((x) => x !== xmlid);
  if (!stored || !user.storedGroupXmlids) return { ...user, groupXmlids };
  const remaining = user.storedGroupXmlids.filter((x) => x !== xmlid);
  return { ...user, groupXmlids, storedGroupXmlids: union(remaining, remaining.flatMap((x) => [...draft.impliedBy(x)])) };
}

/** 17/18 stored: adding an implication inserts the implied closure for every stored member; removing one deletes nothing. */
function editImplication(draft: SnapshotDraft, groupXmlid: string, impliedXmlid: string, add: boolean, stored: boolean): void {
  const groups = draft.writable('groups');
  const at = groups.findIndex((g) => g.xmlid === groupXmlid);
  if (at < 0) throw new Error(`no group "${groupXmlid}" in the snapshot`);
  const group = groups[at]!;
  const impliedXmlids = add ? union(group.impliedXmlids, [impliedXmlid]) : group.impliedXmlids.filter((x) => x !== impliedXmlid);
  groups[at] = { ...group, impliedXmlids };
  if (!add || !stored) return;
  const gained = [impliedXmlid, ...draft.impliedBy(impliedXmlid)];
  const users = draft.writable('users');
  users.forEach((user, i) => {
    if (user.storedGroupXmlids?.includes(groupXmlid)) users[i] = { ...user, storedGroupXmlids: union(user.storedGroupXmlids, gained) };
  });
}

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}

function indexOfUsers(snapshot: Snapshot): (key: string) => number | undefined {
  const map = new Map(snapshot.users.map((u, i) => [u.key, i]));
  return (key) => map.get(key);
}
