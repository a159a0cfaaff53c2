import type { Classification } from '@sightline/odoo-model';
import { fieldKey } from '@sightline/odoo-model';
import type { ClassifiedField } from './classified-field.type';

/** The snapshot's classified fields, once each, in classification order. */
export function classifiedFieldsOf(classifications: readonly Classification[]): ClassifiedField[] {
  const seen = new Map<string, ClassifiedField>();
  for (const entry of classifications) {
    const key = fieldKey({ model: entry.model, name: entry.field });
    if (!seen.has(key)) seen.set(key, { model: entry.model, field: entry.field, key, categories: entry.categories, subjects: entry.subjects });
  }
  return [...seen.values()];
}
