import { basename, extname } from 'node:path';

/** The model a CSV data file loads: its name up to the first `-` (`ir.model.access-portal.csv` → `ir.model.access`). */
export function csvModelOfFile(file: string): string {
  return basename(file, extname(file)).split('-')[0]!;
}
