import type { AccessEngineOptions } from '@sightline/access-engine';
import type { Classification } from '@sightline/odoo-model';

export interface ExposureReportOptions {
  /** Which classified fields the report covers (default: all of the snapshot's classifications). */
  readonly filter?: (classification: Classification) => boolean;
  /** Per-user reports only: evaluate each grant's scope on the mirrored records ("412 of 415"). */
  readonly counts?: boolean;
  readonly engine?: AccessEngineOptions;
}
