import type { CorpusVersion } from '../corpus-version.type';
import type { CorpusManifest } from './corpus-manifest.type';
import type { CorpusFieldGroupsRow, CorpusModelRow, EffectiveFieldGroupsRow } from './corpus-rows.type';

/** Everything the corpus says about the modules and Python models of one Odoo version. */
export interface CorpusModelFacts {
  readonly version: CorpusVersion;
  readonly models: readonly CorpusModelRow[];
  readonly fieldGroups: readonly CorpusFieldGroupsRow[];
  readonly effective: readonly EffectiveFieldGroupsRow[];
  /** By module name, in name order. */
  readonly manifests: ReadonlyMap<string, CorpusManifest>;
}
