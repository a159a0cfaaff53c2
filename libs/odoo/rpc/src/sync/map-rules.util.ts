import { splitXmlId, type Rule } from '@sightline/odoo-model';
import type { OdooRecord } from '../client/odoo-record.type';
import type { AccessMappingContext } from './access-mapping-context.type';
import { idList } from './id-list.util';
import { modelOfRecord } from './model-of-record.util';
import { permsOfRecord } from './perms-of-record.util';
import { textOrNull } from './text-or-null.util';
import { xmlidsOfGroups } from './xmlids-of-groups.util';

/** `ir.rule` records, inactive ones included; `domain_force` is kept as written. */
export function mapRules(rows: readonly OdooRecord[], ctx: AccessMappingContext): Rule[] {
  return rows.flatMap((row): Rule[] => {
    const model = modelOfRecord(row, 'ir.rule', ctx);
    if (model === null) return [];
    const xmlid = ctx.index.xmlidOrExport('ir.rule', row.id);
    return [
      {
        xmlid,
        name: String(row['name'] || ''),
        model,
        groupXmlids: xmlidsOfGroups(idList(row['groups']), ctx.groupXmlidById, ctx.warnings, 'ir.rule'),
        domain: textOrNull(row['domain_force']),
        perms: permsOfRecord(row),
        active: row['active'] !== false,
        module: splitXmlId(xmlid)!.module,
      },
    ];
  });
}
