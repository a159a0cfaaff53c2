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
    // `info.lines` is the line a record ends on, but csv-parse counts a `\r\n` inside a quoted
    // cell as two lines, and keeps that extra line for every later record.
    let extra = 0;
    return records.map(({ record, info }) => {
      const line = info.lines - extra - count(record, /\r|\n/g);
      extra += count(record, /\r\n/g);
      return { cells: record, line };
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    // Same over-count: the line is never past the end of the text.
    const lines = (error as CsvError & { lines?: number }).lines;
    const line = lines === undefined ? undefined : Math.min(lines, count([text], /\r\n|\r|\n/g) + 1);
    throw new DataFileProblemError(`malformed CSV: ${error.message.replace(/ at line \d+/, '')}`, line);
  }
}

function count(cells: readonly string[], pattern: RegExp): number {
  return cells.reduce((total, cell) => total + (cell.match(pattern)?.length ?? 0), 0);
}
