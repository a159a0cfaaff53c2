import type { ExposureAccess, ExposureScope } from './exposure-access.type';
import type { RestrictingRule } from './restricting-rule.type';

/** One classified field a group's member can reach. */
export interface GroupFieldAccess {
  readonly model: string;
  readonly field: string;
  readonly access: ExposureAccess;
  readonly scope: ExposureScope;
  /** Implication chain from the group to the group that grants, e.g. `['hr_timesheet.group_timesheet_manager', 'hr.group_hr_user']`. */
  readonly via: readonly string[];
  /** Present when rules keep fewer records than `scope` says (`own-company`, further restricted): those rules. */
  readonly restrictedBy?: readonly RestrictingRule[];
  readonly categories: readonly string[];
  readonly subjects: readonly string[];
}

export interface GroupExposureEntry {
  readonly xmlid: string;
  readonly name: string | null;
  readonly module: string;
  /** The headline chain: the `via` shared by the most fields (each field carries its own). */
  readonly via: readonly string[];
  /** Sorted by model, then field. */
  readonly fields: readonly GroupFieldAccess[];
}

export interface GroupExposureReport {
  /** Sorted by XML id; only groups whose members reach some matching field. */
  readonly groups: readonly GroupExposureEntry[];
}
