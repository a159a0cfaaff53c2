import { splitXmlId, type Acl } from '@sightline/odoo-model';
import type { OdooRecord } from '../client/odoo-record.type';
import type { AccessMappingContext } from './access-mapping-context.type';
import { many2oneId } from './many2one-id.util';
import { modelOfRecord } from './model-of-record.util';
import { permsOfRecord } from './perms-of-record.util';

/** `ir.model.access` rows, inactive ones included. */
export function mapAcls(rows: readonly OdooRecord[], ctx: AccessMappingContext): Acl[] {
  return rows.flatMap((row): Acl[] => {
    const model = modelOfRecord(row, 'ir.model.access', ctx);
    if (model === null) return [];
    const xmlid = ctx.index.xmlidOrExport('ir.model.access', row.id);
    const groupId = many2oneId(row['group_id']);
    const group = groupId === null ? null : (ctx.groupXmlidById.get(groupId) ?? null);
    if (groupId !== null && group === null) {
      ctx.warnings.unknownReference('ir.model.access', 'res.groups', groupId);
      return [];
    }
    return [{ xmlid, name: String(row['name'] || ''), model, groupXmlid: group, perms: permsOfRecord(row), active: row['active'] !== false, module: splitXmlId(xmlid)!.module }];
  });
}
