import { DataFileProblemError } from '../data-file-problem.error';

const TRUE_CELLS = new Set(['1', 'true', 'yes']);
const FALSE_CELLS = new Set(['0', 'false', 'no', '']);

/** A boolean CSV cell as Odoo's import reads it (`1`/`0`, `True`/`False`, `yes`/`no`, empty = False). */
export function csvBoolean(cell: string, column: string): boolean {
  const text = cell.trim().toLowerCase();
  if (TRUE_CELLS.has(text)) return true;
  if (FALSE_CELLS.has(text)) return false;
  throw new DataFileProblemError(`${column}: not a boolean: "${cell}"`);
}
