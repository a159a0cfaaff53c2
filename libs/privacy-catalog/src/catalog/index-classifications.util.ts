import type { Classification } from '@sightline/odoo-model';
import { fieldRefKey } from './field-ref-key.util';

/** Classifications by `model/field`, for lookups over any list (e.g. a snapshot's). */
export function indexClassifications(classifications: readonly Classification[]): ReadonlyMap<string, Classification> {
  return new Map(classifications.map((classification) => [fieldRefKey(classification), classification]));
}
