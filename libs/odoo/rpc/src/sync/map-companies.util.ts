import type { Company } from '@sightline/odoo-model';
import type { OdooRecord } from '../client/odoo-record.type';
import { many2oneId } from './many2one-id.util';
import { textOrNull } from './text-or-null.util';
import type { XmlIdIndex } from './xml-id-index';

export function mapCompanies(rows: readonly OdooRecord[], index: XmlIdIndex): Company[] {
  return rows.map((row) => {
    const parent = many2oneId(row['parent_id']);
    return {
      key: index.recordKey('res.company', row.id),
      xmlid: index.xmlid('res.company', row.id),
      id: row.id,
      name: textOrNull(row['name']),
      parentKey: parent === null ? null : index.recordKey('res.company', parent),
    };
  });
}
