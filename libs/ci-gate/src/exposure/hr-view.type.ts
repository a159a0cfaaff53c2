import type { GroupExposureReport } from '@sightline/exposure-report';
import type { Classification, Snapshot } from '@sightline/odoo-model';
import type { FieldDefinition } from '../reading/read-field-definitions.util';
import type { HrAccessState } from './hr-access-state.type';

/** One side of the comparison read from addon trees: the snapshot, its HR exposure and the state. */
export interface HrView {
  readonly snapshot: Snapshot;
  readonly addonsPaths: readonly string[];
  readonly hrClassifications: readonly Classification[];
  readonly report: GroupExposureReport;
  readonly state: HrAccessState;
  /** Every field defined by the installed modules (`model/field`), protected or not. */
  readonly definitions: ReadonlyMap<string, FieldDefinition>;
}
