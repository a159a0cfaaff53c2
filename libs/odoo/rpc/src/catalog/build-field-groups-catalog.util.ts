import { compareStrings } from '@sightline/odoo-model';
import { parse } from 'csv-parse/sync';
import type { FieldGroupsCatalog, FieldGroupsCatalogEntry } from './field-groups-catalog.type';

interface EffectiveRow {
  readonly model: string;
  readonly field: string;
  readonly groups: string;
  readonly set_by_module: string;
  readonly set_in_file: string;
  readonly line: string;
}

/**
 * The catalog of one version from the corpus file `effective-field-groups.csv` (columns `model,
 * field, type, groups, groups_source, related, set_by_module, set_in_file, line, model_declared_by`),
 * models and fields in code-unit order so the output is stable.
 */
export function buildFieldGroupsCatalog(csvText: string, odooVersion: string, source: string): FieldGroupsCatalog {
  const rows = parse(csvText, { columns: true, skip_empty_lines: true }) as EffectiveRow[];
  const byModel = new Map<string, Map<string, FieldGroupsCatalogEntry>>();
  for (const row of rows) {
    if (!row.groups) continue;
    const fields = byModel.get(row.model) ?? new Map<string, FieldGroupsCatalogEntry>();
    fields.set(row.field, [row.groups, row.set_by_module, row.set_in_file, Number(row.line)]);
    byModel.set(row.model, fields);
  }
  const models = [...byModel.keys()].sort(compareStrings);
  const fields = Object.fromEntries(models.map((model) => [model, sortedObject(byModel.get(model)!)]));
  return { odooVersion, source, fields };
}

function sortedObject<T>(map: ReadonlyMap<string, T>): Record<string, T> {
  return Object.fromEntries([...map].sort(([a], [b]) => compareStrings(a, b)));
}
