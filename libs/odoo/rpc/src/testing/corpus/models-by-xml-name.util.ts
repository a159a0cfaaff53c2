import { modelXmlIdName } from '@sightline/odoo-model';
import { parse } from 'csv-parse/sync';

/** `ir.model` XML id names (`model_hr_employee`) to model names, over every model of the corpus. */
export function modelsByXmlName(csvText: string): Map<string, string> {
  const rows = parse(csvText, { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  return new Map(rows.map((row) => [modelXmlIdName(row['model']!), row['model']!]));
}
