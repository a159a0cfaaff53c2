import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { corpusDir } from '../corpus-dir.util';
import type { CorpusVersion } from '../corpus-version.type';

/** The rows of one of a version's tables (`models.csv`, `field-groups.csv`, `effective-field-groups.csv`), keyed by header. */
export function readCorpusCsv<T>(version: CorpusVersion, file: string): T[] {
  return parse(readFileSync(join(corpusDir(version), file), 'utf8'), { columns: true, skip_empty_lines: true }) as T[];
}
