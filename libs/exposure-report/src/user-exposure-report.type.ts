import type { ExposureAccess, ExposureCount, ExposureScope } from './exposure-access.type';
import type { RestrictingRule } from './restricting-rule.type';

export interface UserFieldAccess {
  readonly model: string;
  readonly field: string;
  readonly access: ExposureAccess;
  readonly scope: ExposureScope;
  /** Implication chain from a group the user holds explicitly to the group that grants. */
  readonly via: readonly string[];
  /** Present when rules keep fewer records than `scope` says. */
  readonly restrictedBy?: readonly RestrictingRule[];
  /** With `counts`: the records of a mirrored model the user reaches. */
  readonly count?: ExposureCount;
}

export interface UserExposureEntry {
  readonly key: string;
  readonly login: string | null;
  readonly name: string | null;
  /** Sorted by model, then field. */
  readonly fields: readonly UserFieldAccess[];
}

export interface UserExposureReport {
  /** Sorted by key; only users who reach some matching field. */
  readonly users: readonly UserExposureEntry[];
}
