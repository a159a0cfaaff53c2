import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDir } from '../corpus-dir.util';
import type { CorpusVersion } from '../corpus-version.type';

/** The modules of a version, in name order. */
export function corpusModuleNames(version: CorpusVersion): string[] {
  return readdirSync(join(corpusDir(version), 'addons')).sort();
}
