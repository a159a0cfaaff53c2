import { discoverModules, readAddonsSnapshot } from '@sightline/odoo-addons';
import { realOdooTree, type CorpusVersion } from '@sightline/odoo-corpus';
import type { Snapshot } from '@sightline/odoo-model';
import { withCatalogClassifications } from './with-catalog-classifications.test-util';

/** Reading a whole real tree takes seconds, several times that on a loaded machine: give such hooks and tests this. */
export const REAL_TREE_TIMEOUT_MS = 120_000;

const readings = new Map<string, Snapshot>();

/**
 * Every installable module of the real tree but tests, themes, localisations and hardware drivers:
 * the biggest install that is one company's, not every country's.
 */
export function applicationModules(version: CorpusVersion): string[] {
  const { modules } = discoverModules(realOdooTree(version).addonsPaths);
  return [...modules.values()]
    .filter((m) => m.manifest.installable && !/^(test|l10n_|theme_|hw_)|_test$|^test_/.test(m.name))
    .map((m) => m.name)
    .sort();
}

/**
 * The published Odoo tree of a version (unpacked once under the system's temp folder, see
 * `realOdooTree`) read by the real addon reader (strict, no demo data) with `install` installed
 * (their dependencies and auto-installed modules come along), classified by the version's privacy
 * catalog. Read once per process and arguments.
 */
export function corpusSnapshot(version: CorpusVersion, install: readonly string[] | 'all'): Snapshot {
  const key = `${version}:${install === 'all' ? 'all' : [...install].sort().join(',')}`;
  let snapshot = readings.get(key);
  if (!snapshot) {
    const read = readAddonsSnapshot({
      addonsPaths: realOdooTree(version).addonsPaths,
      odooVersion: version,
      install: install === 'all' ? applicationModules(version) : install,
      createdAt: '2025-01-01T00:00:00Z',
    }).snapshot;
    snapshot = withCatalogClassifications(read, version);
    readings.set(key, snapshot);
  }
  return snapshot;
}
