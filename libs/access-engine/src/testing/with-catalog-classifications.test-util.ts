import type { CorpusVersion } from '@sightline/odoo-corpus';
import type { Snapshot } from '@sightline/odoo-model';
import { buildClassification } from '@sightline/privacy-catalog';

/**
 * The snapshot classified by the version's privacy catalog. What `withClassifications` of
 * `@sightline/exposure-report` does; that package depends on this one, so using it here would make
 * a build cycle.
 */
export function withCatalogClassifications(snapshot: Snapshot, version: CorpusVersion): Snapshot {
  return { ...snapshot, classifications: buildClassification(version) };
}
