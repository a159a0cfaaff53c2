import { CsvError, parse } from 'csv-parse/sync';
import { DataFileProblemError } from '../data-file-problem.error';

export interface CsvRow {
  readonly cells: readonly string[];
  /** 1-based line where the row starts. */
  readonly line: number;
}

/**
 * Splits CSV text (quote `"`, delimiter `,`, as Odoo's `convert_csv_import`) into rows with their
 * starting line; blank lines are skipped.
 * @throws DataFileProblemError naming the line of malformed CSV.
 */
export function parseCsvRows(text: string): CsvRow[] {
  try {
    const records = parse(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      relax_quotes: true, // like Python's csv module: a quote inside an unquoted cell is literal
      skip_empty_lines: true,
      record_delimiter: ['\r\n', '\n', '\r'],
    }) as unknown as { record: string[]; info: { lines: number } }[];
    return records.map(({ record, info }) => ({ cells: record, line: info.lines - newlinesIn(record) }));
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = (error as CsvError & { lines?: number }).lines;
    throw new DataFileProblemError(`malformed CSV: ${error.message}`, line);
  }
}

/** `info.lines` is the line a record ends on; quoted cells may span lines. */
function newlinesIn(cells: readonly string[]): number {
  return cells.reduce((count, cell) => count + (cell.match(/\r\n|\n|\r/g)?.length ?? 0), 0);
}
