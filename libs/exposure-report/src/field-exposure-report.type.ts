import type { ExposureAccess, ExposureCount, ExposureScope } from './exposure-access.type';
import type { RestrictingRule } from './restricting-rule.type';

export interface FieldGroupReader {
  readonly xmlid: string;
  readonly name: string | null;
  readonly access: ExposureAccess;
  readonly scope: ExposureScope;
  readonly via: readonly string[];
  /** Present when rules keep fewer records than `scope` says. */
  readonly restrictedBy?: readonly RestrictingRule[];
}

export interface FieldUserReader {
  readonly key: string;
  readonly login: string | null;
  readonly name: string | null;
  readonly access: ExposureAccess;
  readonly scope: ExposureScope;
  /** Present when rules keep fewer records than `scope` says. */
  readonly restrictedBy?: readonly RestrictingRule[];
  readonly count?: ExposureCount;
}

export interface FieldExposureEntry {
  readonly model: string;
  readonly field: string;
  readonly categories: readonly string[];
  readonly subjects: readonly string[];
  /** Sorted by XML id. */
  readonly groups: readonly FieldGroupReader[];
  /** Sorted by key. */
  readonly users: readonly FieldUserReader[];
}

export interface FieldExposureReport {
  /** Every matching classified field, readers or not, sorted by model, then field. */
  readonly fields: readonly FieldExposureEntry[];
}
