import type { User } from '@sightline/odoo-model';
import { assignIds } from './assign-ids.util';
import type { BuildContext } from './build-context.type';
import { idOfRecordKey } from './id-of-record-key.util';
import { toOdooDatetime } from './odoo-datetime.util';

/**
 * `res.users` rows. 17/18 store `groups_id` = the groups and everything they imply (or the
 * snapshot's `storedGroupXmlids`, stale rows included); 19 stores `group_ids` and computes
 * `all_group_ids`. The groups' member lists are filled in from the same sets.
 */
export function buildUsers(ctx: BuildContext, users: readonly User[]): void {
  const byKey = new Map(users.map((user) => [user.key, user]));
  const ids = assignIds([...byKey.keys()], (key) => byKey.get(key)!.id ?? idOfRecordKey(key));
  for (const user of users) {
    ctx.userIds.set(user.key, ids.get(user.key)!);
    const id = ctx.db.table('res.users').insert({ ...userValues(ctx, user), ...groupValues(ctx, user) }, ids.get(user.key));
    if (user.xmlid) ctx.db.addXmlid(user.xmlid, 'res.users', id);
  }
  fillGroupMembers(ctx, users);
}

function userValues(ctx: BuildContext, user: User): Record<string, string | boolean | number | number[]> {
  return {
    login: user.login ?? false,
    name: user.name ?? false,
    active: user.active,
    share: user.share,
    login_date: user.loginDate ? toOdooDatetime(user.loginDate) : false,
    company_id: user.companyKey ? ctx.companyIds.get(user.companyKey)! : false,
    company_ids: user.companyKeys.map((key) => ctx.companyIds.get(key)!),
  };
}

function groupValues(ctx: BuildContext, user: User): Record<string, number[]> {
  const ids = (xmlids: Iterable<string>) => [...new Set(xmlids)].map((xmlid) => ctx.groupIds.get(xmlid)!).sort((a, b) => a - b);
  if (ctx.db.major >= 19) return { group_ids: ids(user.groupXmlids), all_group_ids: ids(effectiveGroups(ctx, user.groupXmlids)) };
  return { groups_id: ids(user.storedGroupXmlids ?? effectiveGroups(ctx, user.groupXmlids)) };
}

/** The groups and every group they imply. */
function effectiveGroups(ctx: BuildContext, xmlids: readonly string[]): Set<string> {
  return new Set(xmlids.flatMap((xmlid) => [xmlid, ...(ctx.closure.get(xmlid) ?? [])]));
}

function fillGroupMembers(ctx: BuildContext, users: readonly User[]): void {
  const explicit = new Map<number, number[]>();
  const all = new Map<number, number[]>();
  for (const user of users) {
    const row = ctx.db.table('res.users').get(ctx.userIds.get(user.key)!)!;
    const stored = (row[ctx.db.major >= 19 ? 'all_group_ids' : 'groups_id'] as number[]) ?? [];
    for (const groupId of stored) push(all, groupId, row.id);
    if (ctx.db.major >= 19) for (const groupId of row['group_ids'] as number[]) push(explicit, groupId, row.id);
  }
  for (const group of ctx.db.table('res.groups').rows()) {
    const values: Record<string, number[]> =
      ctx.db.major >= 19 ? { user_ids: explicit.get(group.id) ?? [], all_user_ids: all.get(group.id) ?? [] } : { users: all.get(group.id) ?? [] };
    ctx.db.table('res.groups').update(group.id, values);
  }
}

function push(map: Map<number, number[]>, key: number, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
