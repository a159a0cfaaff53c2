import { readAddonsSnapshot } from '@sightline/odoo-addons';
import { corpusModuleNames, materializeCorpusTree, type CorpusTree, type CorpusVersion } from '@sightline/odoo-corpus';
import type { Snapshot } from '@sightline/odoo-model';
import { withCatalogClassifications } from './with-catalog-classifications.test-util';

const trees = new Map<CorpusVersion, CorpusTree>();

/** Every module but tests, themes, localisations and hardware drivers: the biggest install the corpus allows. */
export function applicationModules(version: CorpusVersion): string[] {
  return corpusModuleNames(version).filter((m) => !/^(test|l10n_|theme_|hw_)|_test$|^test_/.test(m));
}

/**
 * A corpus version's tree, materialised once per process and read by the real addon reader
 * (lenient, no demo data) with `install` installed (their dependencies and auto-installed modules
 * come along), classified by the version's privacy catalog. Call {@link removeCorpusTrees} when done.
 */
export function corpusSnapshot(version: CorpusVersion, install: readonly string[] | 'all'): Snapshot {
  let tree = trees.get(version);
  if (!tree) {
    tree = materializeCorpusTree(version);
    trees.set(version, tree);
  }
  const { snapshot } = readAddonsSnapshot({
    addonsPaths: [tree.addonsPath],
    odooVersion: version,
    install: install === 'all' ? applicationModules(version) : install,
    mode: 'lenient',
    createdAt: '2025-01-01T00:00:00Z',
  });
  return withCatalogClassifications(snapshot, version);
}

/** Deletes the trees {@link corpusSnapshot} materialised. */
export function removeCorpusTrees(): void {
  for (const tree of trees.values()) tree.remove();
  trees.clear();
}
