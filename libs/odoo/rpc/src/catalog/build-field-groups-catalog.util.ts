import { compareStrings } from '@sightline/odoo-model';
import { parse } from 'csv-parse/sync';
import type { FieldGroupsCatalog, FieldGroupsCatalogEntry } from './field-groups-catalog.type';

interface EffectiveRow {
  readonly model: string;
  readonly field: string;
  readonly groups: string;
  readonly groups_source: string;
  readonly set_by_module: string;
  readonly set_in_file: string;
  readonly line: string;
}

/** The `set_by_module` of a field a model has through `_inherits`: no module, file or line of its own. */
const INHERITS_MARK = '(_inherits)';
/** `related:<path>-><model>.<field>…`: the field whose groups a row copies. */
const RELATED_TARGET = /->([\w.]+)\.(\w+)/;

/**
 * The catalog of one version from the corpus file `effective-field-groups.csv` (columns `model,
 * field, type, groups, groups_source, related, set_by_module, set_in_file, line, model_declared_by`),
 * models and fields in code-unit order so the output is stable. A field a model has through
 * `_inherits` is listed with the definition of the parent's field, which decides its groups.
 */
export function buildFieldGroupsCatalog(csvText: string, odooVersion: string, source: string): FieldGroupsCatalog {
  const rows = parse(csvText, { columns: true, skip_empty_lines: true }) as EffectiveRow[];
  const rowByField = new Map(rows.map((row) => [`${row.model}/${row.field}`, row]));
  const byModel = new Map<string, Map<string, FieldGroupsCatalogEntry>>();
  for (const row of rows) {
    if (!row.groups) continue;
    const decided = decidingRow(row, rowByField, source);
    const fields = byModel.get(row.model) ?? new Map<string, FieldGroupsCatalogEntry>();
    fields.set(row.field, [row.groups, decided.set_by_module, decided.set_in_file, Number(decided.line)]);
    byModel.set(row.model, fields);
  }
  const models = [...byModel.keys()].sort(compareStrings);
  const fields = Object.fromEntries(models.map((model) => [model, sortedObject(byModel.get(model)!)]));
  return { odooVersion, source, fields };
}

function sortedObject<T>(map: ReadonlyMap<string, T>): Record<string, T> {
  return Object.fromEntries([...map].sort(([a], [b]) => compareStrings(a, b)));
}

function decidingRow(row: EffectiveRow, rowByField: ReadonlyMap<string, EffectiveRow>, source: string): EffectiveRow {
  let current = row;
  while (current.set_by_module === INHERITS_MARK) {
    const target = RELATED_TARGET.exec(current.groups_source);
    const next = target && rowByField.get(`${target[1]}/${target[2]}`);
    if (!next || next === current) throw new Error(`${source}: ${row.model}.${row.field} comes through _inherits, but the field it copies is not listed (${current.groups_source})`);
    current = next;
  }
  return current;
}
