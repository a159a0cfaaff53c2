import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusManifest } from '../facts/corpus-manifest.type';
import { manifestSource } from '../manifest/manifest-source.util';

const MANIFEST_FACTS = 'manifest.json';

/**
 * Writes each module's `__manifest__.py` and copies its security files to their paths inside the
 * module. Views, menus… the manifests list stay absent: the corpus does not hold them.
 */
export function writeCorpusSecurity(versionDir: string, manifests: ReadonlyMap<string, CorpusManifest>, addonsPath: string): void {
  for (const [module, manifest] of manifests) {
    const from = join(versionDir, 'addons', module);
    const to = join(addonsPath, module);
    mkdirSync(to, { recursive: true });
    cpSync(from, to, { recursive: true, filter: (source) => source !== join(from, MANIFEST_FACTS) });
    writeFileSync(join(to, '__manifest__.py'), manifestSource(manifest));
  }
}
