import type { ClassificationCatalog } from '@sightline/privacy-catalog';
import type { SourceLocation } from '@sightline/odoo-model';
import type { HrAccessState } from '../exposure/hr-access-state.type';
import type { NewAccessSplit } from '../diff/new-access.type';
import type { HrView } from '../exposure/hr-view.type';
import type { FindingLocation, FindingSeverity } from '../model/check-finding.type';
import type { AttributionContext } from './attribution.type';

/** What the finding builders share: both sides, attribution and where files are. */
export interface BuildContext {
  readonly base: HrAccessState;
  readonly head: HrView;
  readonly headCatalog: ClassificationCatalog;
  readonly attribution: AttributionContext;
  readonly locate: (location: SourceLocation | null | undefined) => FindingLocation | null;
  readonly requireClassification: boolean;
  /** Head's new HR access against base, sorted into SL001 and SL005, computed once. */
  readonly newAccess: NewAccessSplit;
  /** SL005's severity: `error` with `--strict` or `newHrData: error` in the policy. */
  readonly newHrDataSeverity: FindingSeverity;
}
