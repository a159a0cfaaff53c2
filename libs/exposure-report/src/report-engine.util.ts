import { AccessEngine } from '@sightline/access-engine';
import type { Snapshot } from '@sightline/odoo-model';
import type { ExposureReportOptions } from './exposure-report-options.type';
import { withClassifications } from './with-classifications.util';

/** An engine over the snapshot's classifications that pass the filter. */
export function reportEngine(snapshot: Snapshot, options: ExposureReportOptions = {}): AccessEngine {
  const { filter } = options;
  const scoped = filter ? withClassifications(snapshot, snapshot.classifications.filter(filter)) : snapshot;
  return AccessEngine.create(scoped, options.engine);
}
