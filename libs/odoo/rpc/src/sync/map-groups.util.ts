import { userTypeOfGroup, splitXmlId, type CategoryRef, type Group, type PrivilegeRef } from '@sightline/odoo-model';
import type { OdooRecord } from '../client/odoo-record.type';
import type { LiveRecords } from './live-records.type';
import { idList } from './id-list.util';
import { many2oneId } from './many2one-id.util';
import { textOrNull } from './text-or-null.util';
import type { SyncWarnings } from './sync-warnings';
import type { XmlIdIndex } from './xml-id-index';
import { xmlidsOfGroups } from './xmlids-of-groups.util';

export interface MappedGroups {
  readonly groups: Group[];
  readonly xmlidById: ReadonlyMap<number, string>;
}

/** Groups with their category (17/18) or privilege (19) and direct implications. */
export function mapGroups(records: LiveRecords, index: XmlIdIndex, warnings: SyncWarnings): MappedGroups {
  const categories = new Map(records.categories.map((row) => [row.id, { xmlid: index.xmlidOrExport('ir.module.category', row.id), name: textOrNull(row['name']) }]));
  const privileges = new Map((records.privileges ?? []).map((row) => [row.id, privilegeOf(row, index, categories)]));
  const xmlidById = new Map(records.groups.map((row) => [row.id, index.xmlidOrExport('res.groups', row.id)]));
  const groups = records.groups.map((row): Group => {
    const xmlid = xmlidById.get(row.id)!;
    return {
      xmlid,
      name: textOrNull(row['name']),
      module: splitXmlId(xmlid)!.module,
      category: lookup(categories, many2oneId(row['category_id'])),
      privilege: lookup(privileges, many2oneId(row['privilege_id'])),
      impliedXmlids: xmlidsOfGroups(idList(row['implied_ids']), xmlidById, warnings, 'res.groups'),
      share: row['share'] === true,
      comment: textOrNull(row['comment']),
      userType: userTypeOfGroup(xmlid),
    };
  });
  return { groups, xmlidById };
}

function privilegeOf(row: OdooRecord, index: XmlIdIndex, categories: ReadonlyMap<number, CategoryRef>): PrivilegeRef {
  return { xmlid: index.xmlidOrExport('res.groups.privilege', row.id), name: textOrNull(row['name']), category: lookup(categories, many2oneId(row['category_id'])) };
}

function lookup<T>(map: ReadonlyMap<number, T>, id: number | null): T | null {
  return id === null ? null : (map.get(id) ?? null);
}
