import type { ModelInfo, ModelKind } from '@sightline/odoo-model';
import { parse } from 'csv-parse/sync';

/** `models.csv` (`module, model, kind, description`) of the installed modules; the first declaration wins. */
export function corpusModels(csvText: string, installed: ReadonlySet<string>): ModelInfo[] {
  const rows = parse(csvText, { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  const models = new Map<string, ModelInfo>();
  for (const row of rows) {
    if (!installed.has(row['module']!) || models.has(row['model']!)) continue;
    models.set(row['model']!, { name: row['model']!, description: row['description'] || null, kind: kindOf(row['kind']), module: row['module']!, inherits: [] });
  }
  return [...models.values()];
}

/** `BaseModel` subclasses (SQL-view reports) and rows of unknown kind are ordinary models to `ir.model`. */
function kindOf(kind: string | undefined): ModelKind {
  return kind === 'TransientModel' || kind === 'AbstractModel' ? kind : 'Model';
}
