import type { ClassifiedField } from '../exposure/classified-field.type';
import type { ExposureOperation, RecordScope } from '../exposure/field-grant.type';

/**
 * One difference of exposure, for all the users it applies to: `added` (no grant before),
 * `removed` (no grant after) or `changed` (another record scope).
 */
export interface ExposureChange {
  readonly kind: 'added' | 'removed' | 'changed';
  readonly field: ClassifiedField;
  readonly operation: ExposureOperation;
  readonly userKeys: readonly string[];
  readonly before: RecordScope | null;
  readonly after: RecordScope | null;
}

export interface ExposureDiff {
  readonly added: readonly ExposureChange[];
  readonly removed: readonly ExposureChange[];
  readonly changed: readonly ExposureChange[];
}
