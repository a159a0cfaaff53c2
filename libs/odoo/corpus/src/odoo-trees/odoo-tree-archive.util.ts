import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CorpusVersion } from '../corpus-version.type';

const ARCHIVES_PATH = join('test', 'fixtures', 'odoo-trees');

/**
 * The published Odoo source tree of one version as the repository carries it
 * (`test/fixtures/odoo-trees/odoo-<version>.tar.gz`: `addons`, `odoo/addons`, `odoo/release.py`),
 * found by walking up from this package, so it works from `src` and from `dist`.
 * @throws Error when no parent directory holds it.
 */
export function odooTreeArchive(version: CorpusVersion, from: string = __dirname): string {
  const file = `odoo-${version}.tar.gz`;
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, ARCHIVES_PATH, file);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) throw new Error(`no ${join(ARCHIVES_PATH, file)} in ${from} or any parent directory`);
  }
}
