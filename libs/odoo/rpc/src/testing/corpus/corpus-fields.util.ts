import type { FieldInfo, ModelInfo } from '@sightline/odoo-model';
import { parse } from 'csv-parse/sync';
import { parseFieldGroups } from '../../catalog/parse-field-groups.util';

const MAGIC_FIELDS: readonly [string, string, string | null][] = [
  ['id', 'integer', null],
  ['display_name', 'char', null],
  ['create_uid', 'many2one', 'res.users'],
  ['create_date', 'datetime', null],
  ['write_uid', 'many2one', 'res.users'],
  ['write_date', 'datetime', null],
];

/**
 * Fields as `ir.model.fields` lists them (lower-case types): Odoo's magic fields of every model,
 * plus the fields of `effective-field-groups.csv` set by installed modules, with their groups.
 */
export function corpusFields(csvText: string, models: readonly ModelInfo[], installed: ReadonlySet<string>): FieldInfo[] {
  const known = new Set(models.map((model) => model.name));
  const fields = new Map<string, FieldInfo>();
  for (const model of models) {
    for (const [name, type, relation] of MAGIC_FIELDS) fields.set(`${model.name}/${name}`, { model: model.name, name, type, relation, related: null, groups: [], groupsSource: 'none' });
  }
  const rows = parse(csvText, { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  for (const row of rows) {
    if (!known.has(row['model']!) || !installed.has(row['set_by_module']!)) continue;
    fields.set(`${row['model']}/${row['field']}`, {
      model: row['model']!,
      name: row['field']!,
      type: row['type']!.toLowerCase(),
      relation: null,
      related: row['related'] || null,
      groups: parseFieldGroups(row['groups']!),
      groupsSource: row['groups_source']!.startsWith('related') ? 'related' : 'explicit',
      setBy: { module: row['set_by_module']!, file: row['set_in_file']!, line: Number(row['line']) },
    });
  }
  return [...fields.values()];
}
