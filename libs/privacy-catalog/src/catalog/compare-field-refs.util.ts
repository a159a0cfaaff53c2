import { compareStrings } from '@sightline/odoo-model';
import type { FieldRef } from '../default-classification/field-decision.type';

/** Orders by model, then field, in code-unit order. */
export function compareFieldRefs(a: FieldRef, b: FieldRef): number {
  return compareStrings(a.model, b.model) || compareStrings(a.field, b.field);
}
