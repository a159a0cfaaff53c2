import type { FieldRef } from '../default-classification/field-decision.type';

/** `hr.employee/private_email`, the key Snapshot classifications use. */
export function fieldRefKey(ref: FieldRef): string {
  return `${ref.model}/${ref.field}`;
}
