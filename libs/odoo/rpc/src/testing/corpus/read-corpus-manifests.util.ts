import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusManifest } from './corpus-manifest.type';

/** Every module's manifest in `<corpus>/<version>/addons`, by module name. */
export function readCorpusManifests(addonsDir: string): Map<string, CorpusManifest> {
  const manifests = new Map<string, CorpusManifest>();
  for (const name of readdirSync(addonsDir)) {
    const file = join(addonsDir, name, 'manifest.json');
    if (existsSync(file)) manifests.set(name, { ...(JSON.parse(readFileSync(file, 'utf8')) as CorpusManifest), name });
  }
  return manifests;
}
