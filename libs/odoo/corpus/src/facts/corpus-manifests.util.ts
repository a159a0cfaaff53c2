import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDir } from '../corpus-dir.util';
import type { CorpusVersion } from '../corpus-version.type';
import type { CorpusManifest } from './corpus-manifest.type';
import { corpusModuleNames } from './corpus-module-names.util';

/** The manifest facts of every module of a version, by module name, in name order. */
export function corpusManifests(version: CorpusVersion): Map<string, CorpusManifest> {
  const addons = join(corpusDir(version), 'addons');
  return new Map(
    corpusModuleNames(version).map((module) => [module, JSON.parse(readFileSync(join(addons, module, 'manifest.json'), 'utf8')) as CorpusManifest]),
  );
}
