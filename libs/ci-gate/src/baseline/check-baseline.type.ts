import type { GrantState } from '../exposure/hr-access-state.type';

export const BASELINE_SCHEMA = 'sightline.check-baseline/v1';

/** `--baseline-write`: today's HR-data grants and protections, accepted as they are. */
export interface CheckBaselineFile {
  readonly schema: typeof BASELINE_SCHEMA;
  readonly odooVersion: string;
  /** ISO 8601. */
  readonly createdAt: string;
  /** Group XML id → `model/field` → grant. */
  readonly grants: Readonly<Record<string, Readonly<Record<string, GrantState>>>>;
  readonly hrFields: readonly string[];
  /** `model/field` → `groups=` entries (`!` for exclusions). */
  readonly fieldGroups: Readonly<Record<string, readonly string[]>>;
  readonly grouplessAcls: readonly string[];
  readonly fields: readonly string[];
  readonly defaultUserGroups: readonly string[];
}
