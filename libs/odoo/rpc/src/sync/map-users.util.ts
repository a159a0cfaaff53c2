import { USER_TYPE_GROUPS, type EmployeeLink, type User, type UserType } from '@sightline/odoo-model';
import type { OdooRecord } from '../client/odoo-record.type';
import { explicitGroupsOf } from './explicit-groups-of.util';
import { idList } from './id-list.util';
import { many2oneId } from './many2one-id.util';
import { odooDatetimeToIso } from './odoo-datetime-to-iso.util';
import { textOrNull } from './text-or-null.util';
import type { SyncWarnings } from './sync-warnings';
import type { XmlIdIndex } from './xml-id-index';
import { xmlidsOfGroups } from './xmlids-of-groups.util';

export interface UserMappingContext {
  readonly index: XmlIdIndex;
  readonly warnings: SyncWarnings;
  readonly groupXmlidById: ReadonlyMap<number, string>;
  readonly closure: ReadonlyMap<string, ReadonlySet<string>>;
  readonly explicitGroups: boolean;
  readonly linkOfUser: ReadonlyMap<number, EmployeeLink>;
}

const USER_TYPE_ORDER: readonly UserType[] = ['internal', 'portal', 'public'];

/**
 * Users, active and archived. 19: `group_ids` are the explicit groups, `all_group_ids` the
 * effective ones. 17/18: `groups_id` is stored with implied groups (and possibly stale rows), so it
 * is kept as `storedGroupXmlids` and the explicit groups are the ones no other held group implies.
 */
export function mapUsers(rows: readonly OdooRecord[], ctx: UserMappingContext): User[] {
  const explicitCache = new Map<string, string[]>();
  return rows.map((row) => {
    const xmlids = (field: string) => xmlidsOfGroups(idList(row[field]), ctx.groupXmlidById, ctx.warnings, 'res.users');
    const effective = xmlids(ctx.explicitGroups ? 'all_group_ids' : 'groups_id');
    const explicit = ctx.explicitGroups ? xmlids('group_ids') : cachedExplicit(effective, ctx.closure, explicitCache);
    return {
      key: ctx.index.recordKey('res.users', row.id),
      xmlid: ctx.index.xmlid('res.users', row.id),
      id: row.id,
      login: textOrNull(row['login']),
      name: textOrNull(row['name']),
      active: row['active'] !== false,
      share: row['share'] === true,
      userType: USER_TYPE_ORDER.find((type) => effective.includes(USER_TYPE_GROUPS[type])) ?? null,
      groupXmlids: explicit,
      storedGroupXmlids: ctx.explicitGroups ? undefined : effective,
      companyKeys: idList(row['company_ids']).map((id) => ctx.index.recordKey('res.company', id)),
      companyKey: companyKeyOf(row, ctx.index),
      loginDate: odooDatetimeToIso(row['login_date']),
      employee: ctx.linkOfUser.get(row.id) ?? null,
    };
  });
}

/** Users share group sets ("profiles"), so the reduction runs once per distinct set. */
function cachedExplicit(held: readonly string[], closure: ReadonlyMap<string, ReadonlySet<string>>, cache: Map<string, string[]>): string[] {
  const key = [...held].sort().join(',');
  let explicit = cache.get(key);
  if (!explicit) {
    explicit = explicitGroupsOf(held, closure);
    cache.set(key, explicit);
  }
  return [...explicit];
}

function companyKeyOf(row: OdooRecord, index: XmlIdIndex): string | null {
  const id = many2oneId(row['company_id']);
  return id === null ? null : index.recordKey('res.company', id);
}
