import type { FieldInfo, ModelInfo, Snapshot } from '@sightline/odoo-model';
import { fieldKey } from '@sightline/odoo-model';
import type { ModelRows } from './model-table';

/** The snapshot's active rows grouped by model, and its models and fields by name. */
export interface TableSource {
  readonly rowsByModel: ReadonlyMap<string, ModelRows>;
  readonly models: ReadonlyMap<string, ModelInfo>;
  readonly fields: ReadonlyMap<string, FieldInfo>;
}

const NO_ROWS: ModelRows = { acls: [], rules: [], accessRows: [] };

export function tableSourceOf(snapshot: Snapshot): TableSource {
  const rows = new Map<string, { acls: Snapshot['acls'][number][]; rules: Snapshot['rules'][number][]; accessRows: Snapshot['accessRows'][number][] }>();
  const rowsOf = (model: string) => rows.get(model) ?? rows.set(model, { acls: [], rules: [], accessRows: [] }).get(model)!;
  for (const acl of snapshot.acls) if (acl.active) rowsOf(acl.model).acls.push(acl);
  for (const rule of snapshot.rules) if (rule.active) rowsOf(rule.model).rules.push(rule);
  for (const row of snapshot.accessRows) if (row.active) rowsOf(row.model).accessRows.push(row);
  return {
    rowsByModel: rows,
    models: new Map(snapshot.models.map((m) => [m.name, m])),
    fields: new Map(snapshot.fields.map((f) => [fieldKey(f), f])),
  };
}

export function rowsOfModel(source: TableSource, model: string): ModelRows {
  return source.rowsByModel.get(model) ?? NO_ROWS;
}
