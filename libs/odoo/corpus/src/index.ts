export { materializeCorpusTree, type MaterializeCorpusTreeOptions } from './tree/materialize-corpus-tree.util';
export type { CorpusTree } from './tree/corpus-tree.type';
export { corpusVersions, type CorpusVersion } from './corpus-version.type';
export { corpusRoot } from './corpus-root.util';
export { corpusDir } from './corpus-dir.util';

export type { CorpusManifest } from './facts/corpus-manifest.type';
export type { CorpusModelRow, CorpusFieldGroupsRow, EffectiveFieldGroupsRow } from './facts/corpus-rows.type';
export type { CorpusModelFacts } from './facts/corpus-model-facts.type';
export { corpusModuleNames } from './facts/corpus-module-names.util';
export { corpusManifests } from './facts/corpus-manifests.util';
export { readCorpusModelFacts } from './facts/read-corpus-model-facts.util';
export { corpusModelXmlIds } from './facts/corpus-model-xml-ids.util';
export { corpusLoadOrder } from './python/corpus-load-order.util';
export { manifestSource } from './manifest/manifest-source.util';

export { generateOrganisation } from './organisation/generate-organisation.util';
export type { OrganisationOptions } from './organisation/organisation-options.type';
export { SeededRandom } from './organisation/seeded-random';

export { odooTreeArchive } from './odoo-trees/odoo-tree-archive.util';
export { extractOdooTree, extractOdooTreeAsync, realOdooTree, type OdooTree } from './odoo-trees/extract-odoo-tree.util';
