import { join } from 'node:path';
import { corpusRoot } from './corpus-root.util';
import type { CorpusVersion } from './corpus-version.type';

/** The folder of one corpus version: `addons/`, `models.csv`, `field-groups.csv`, `effective-field-groups.csv`. */
export function corpusDir(version: CorpusVersion): string {
  return join(corpusRoot(), version);
}
