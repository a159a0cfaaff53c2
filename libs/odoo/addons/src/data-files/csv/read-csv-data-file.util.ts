import { PyTuple } from '@sightline/odoo-python';
import { qualifyXmlId } from '@sightline/odoo-model';
import { DataFileProblemError } from '../data-file-problem.error';
import type { DataLoadEnv } from '../data-load-env.type';
import { XmlRef } from '../eval/xml-ref.type';
import type { FileReporter } from '../file.reporter';
import type { FieldValue, FieldWrite } from '../records/field-value.type';
import { SECURITY_MODEL_SPECS } from '../records/models/security-models.registry';
import type { DraftOrigin } from '../records/record-drafts.type';
import type { FieldSpec } from '../records/security-model-spec.type';
import { csvBoolean } from './csv-boolean.util';
import { csvModelOfFile } from './csv-model-of-file.util';
import { type CsvRow, parseCsvRows } from './parse-csv-rows.util';

interface Column {
  readonly field: string;
  /** `field/id` (or `field:id`): the cell holds XML ids. */
  readonly byXmlId: boolean;
}

/**
 * Reads a CSV data file of a security model (`ir.model.access.csv`, post-19 `ir.access.csv`…)
 * row by row with Odoo's import rules: `x:id` and `x/id` columns hold XML ids (relative ones get
 * the module prefix), many2many cells hold comma-separated XML ids, empty lines are skipped.
 */
export function readCsvDataFile(text: string, reporter: FileReporter, env: DataLoadEnv): void {
  const model = csvModelOfFile(reporter.context.file);
  if (!SECURITY_MODEL_SPECS.has(model)) return; // other models' rows decide nothing
  let rows: CsvRow[];
  try {
    rows = parseCsvRows(text);
  } catch (error) {
    if (!(error instanceof DataFileProblemError)) throw error;
    return reporter.error(error.reason, error.line, error.column);
  }
  const [header, ...data] = rows;
  if (!header) return;
  const columns = header.cells.map(columnOf);
  const idIndex = columns.findIndex((column) => column.field === 'id' && !column.byXmlId);
  if (idIndex < 0) return reporter.error('CSV data file without an "id" column', header.line);
  const module = reporter.context.module.name;
  for (const written of data.filter((r) => r.cells.some((cell) => cell.trim() !== ''))) {
    const row = fitToHeader(written, columns.length, reporter);
    const id = row.cells[idIndex]!.trim();
    if (!id) continue;
    env.writer.write({ model, xmlid: qualifyXmlId(id, module), fields: rowFields(model, columns, row, module), line: row.line }, reporter);
  }
}

/** Odoo's loader reads the cells under the header: extra ones are ignored, missing ones are empty. */
function fitToHeader(row: CsvRow, width: number, reporter: FileReporter): CsvRow {
  if (row.cells.length === width) return row;
  const action = row.cells.length > width ? `the last ${row.cells.length - width} ignored` : 'the missing ones read as empty';
  reporter.warn(`row has ${row.cells.length} cells, the header ${width}: ${action}`, row.line);
  return { ...row, cells: Array.from({ length: width }, (_, index) => row.cells[index] ?? '') };
}

function columnOf(cell: string): Column {
  const name = cell.trim();
  const match = /^(.+)[:/]id$/.exec(name);
  return match ? { field: match[1]!, byXmlId: true } : { field: name, byXmlId: false };
}

function rowFields(model: string, columns: readonly Column[], row: CsvRow, module: string): FieldWrite[] {
  const specs = SECURITY_MODEL_SPECS.get(model)!.fields;
  return columns.flatMap((column, index) => {
    const spec = specs[column.field];
    if (!spec || column.field === 'id') return [];
    return [{ name: column.field, line: row.line, value: cellValue(spec, column, row.cells[index]!, module) }];
  });
}

function cellValue(spec: FieldSpec<DraftOrigin>, column: Column, cell: string, module: string): FieldValue {
  const text = cell.trim();
  if (column.byXmlId) {
    const refs = text === '' ? [] : text.split(',').map((ref) => new XmlRef(qualifyXmlId(ref.trim(), module)));
    if (spec.type === 'x2many') return { kind: 'python', read: () => [new PyTuple([6, 0, refs])] };
    return { kind: 'ref', xmlid: refs[0]?.xmlid ?? null };
  }
  if (spec.type === 'boolean') return { kind: 'python', read: () => csvBoolean(cell, column.field) };
  if (spec.type === 'text' || spec.type === 'model') return { kind: 'text', text: cell };
  return { kind: 'unsupported', reason: `column "${column.field}" needs XML ids ("${column.field}/id")` };
}
