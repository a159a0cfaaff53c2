import { splitXmlId, type InheritsLink, type ModelInfo, type ModelKind } from '@sightline/odoo-model';
import type { OdooRecord } from '../client/odoo-record.type';
import { idList } from './id-list.util';
import { textOrNull } from './text-or-null.util';
import type { SyncWarnings } from './sync-warnings';
import type { XmlIdIndex } from './xml-id-index';

export interface MappedModels {
  readonly models: ModelInfo[];
  readonly nameById: ReadonlyMap<number, string>;
}

/**
 * `ir.model` rows. The module is that of the model's oldest XML id (the declaring module); the
 * `_inherits` link field is the model's many2one to the parent, the required one if several.
 */
export function mapModels(rows: readonly OdooRecord[], fields: readonly OdooRecord[], index: XmlIdIndex, warnings: SyncWarnings): MappedModels {
  const nameById = new Map(rows.map((row) => [row.id, String(row['model'])]));
  const many2ones = new Map<string, OdooRecord[]>();
  for (const field of fields) {
    if (field['ttype'] !== 'many2one') continue;
    const key = `${String(field['model'])}/${String(field['relation'])}`;
    many2ones.set(key, [...(many2ones.get(key) ?? []), field]);
  }
  const models = rows.map((row): ModelInfo => {
    const name = String(row['model']);
    const xmlid = index.xmlid('ir.model', row.id);
    const parents = idList(row['inherited_model_ids']).flatMap((id) => (nameById.has(id) ? [nameById.get(id)!] : []));
    return {
      name,
      description: textOrNull(row['name']),
      kind: kindOf(row),
      module: xmlid ? splitXmlId(xmlid)!.module : null,
      inherits: parents.flatMap((parent) => linkOf(name, parent, many2ones, warnings)),
    };
  });
  return { models, nameById };
}

function kindOf(row: OdooRecord): ModelKind {
  if (row['transient'] === true) return 'TransientModel';
  return row['abstract'] === true ? 'AbstractModel' : 'Model';
}

function linkOf(model: string, parent: string, many2ones: ReadonlyMap<string, OdooRecord[]>, warnings: SyncWarnings): InheritsLink[] {
  const candidates = many2ones.get(`${model}/${parent}`) ?? [];
  const chosen = candidates.length === 1 ? candidates : candidates.filter((field) => field['required'] === true);
  if (chosen.length === 1) return [{ parentModel: parent, field: String(chosen[0]!['name']) }];
  warnings.add(`${model} inherits ${parent}, but its link field could not be told from ${candidates.length} many2one field(s); the link is left out`);
  return [];
}
