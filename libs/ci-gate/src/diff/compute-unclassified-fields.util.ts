import { computeCoverageReport, type ClassificationCatalog, type CoverageFinding } from '@sightline/privacy-catalog';
import { fieldAt } from '../exposure/field-at.util';
import type { HrAccessState } from '../exposure/hr-access-state.type';
import type { HrView } from '../exposure/hr-view.type';

/** Fields new at head, on models holding HR data, that look personal but nobody classified. */
export function computeUnclassifiedFields(base: HrAccessState, head: HrView, catalog: ClassificationCatalog): CoverageFinding[] {
  const hrModels = new Set(head.hrClassifications.map((c) => c.model));
  const field = fieldAt(head);
  const fresh = [...head.state.fields]
    .filter((key) => hrModels.has(key.slice(0, key.indexOf('/'))) && !base.fields.has(key))
    .flatMap((key) => field(key) ?? []);
  return [...computeCoverageReport({ fields: fresh }, catalog).findings];
}
