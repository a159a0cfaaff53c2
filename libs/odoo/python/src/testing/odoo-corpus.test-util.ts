import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseCsv } from './csv-records.test-util';
import { type EmbeddedExpression, extractXmlExpressions } from './xml-expressions.test-util';

export const CORPUS_ROOT = resolve(__dirname, '../../../../../test/fixtures/odoo-corpus');
export const CORPUS_VERSIONS = ['17.0', '18.0', '19.0'] as const;

export interface CorpusExpression extends EmbeddedExpression {
  /** Path relative to the corpus root, e.g. `17.0/addons/hr/security/hr_security.xml`. */
  readonly file: string;
}

function filesUnder(dir: string, suffix: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(suffix))
    .sort()
    .map((name) => join(dir, name));
}

/** All `eval=` and `domain_force` expressions of one corpus version, with their file positions. */
export function corpusXmlExpressions(version: string): CorpusExpression[] {
  return filesUnder(join(CORPUS_ROOT, version), '.xml').flatMap((path) =>
    extractXmlExpressions(readFileSync(path, 'utf8')).map((e) => ({ ...e, file: relative(CORPUS_ROOT, path) })),
  );
}

/** The non-empty `domain` cells of the post-19 `ir.access.csv` files. */
export function corpusIrAccessDomains(): CorpusExpression[] {
  return filesUnder(join(CORPUS_ROOT, 'post-19'), 'ir.access.csv').flatMap((path) =>
    parseCsv(readFileSync(path, 'utf8'))
      .map((row) => row['domain'])
      .filter((cell) => cell.value.trim() !== '')
      .map((cell) => ({ kind: 'csv-domain' as const, text: cell.value, line: cell.line, column: cell.column, file: relative(CORPUS_ROOT, path) })),
  );
}
