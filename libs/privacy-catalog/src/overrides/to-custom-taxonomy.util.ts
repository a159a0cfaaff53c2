import type { DataCategory } from '../taxonomy/data-category.type';
import type { DataSubject } from '../taxonomy/data-subject.type';
import type { Taxonomy } from '../taxonomy/taxonomy.registry';
import type { ClassificationOverrides, CustomCategory, CustomSubject } from './classification-overrides.type';

/** `base` extended with the overrides' custom categories (origin `custom`) and subjects. */
export function toCustomTaxonomy(base: Taxonomy, overrides: Pick<ClassificationOverrides, 'categories' | 'subjects'>): Taxonomy {
  return base.extend((overrides.categories ?? []).map(toDataCategory), (overrides.subjects ?? []).map(toDataSubject));
}

function toDataCategory(category: CustomCategory): DataCategory {
  const { key, label, description = '', parent = null, special = false, article } = category;
  return { key, parent, label, description, special, ...(article === undefined ? {} : { article }), origin: 'custom' };
}

function toDataSubject(subject: CustomSubject): DataSubject {
  const { key, label, description = '', hr = false } = subject;
  return { key, label, description, hr };
}
