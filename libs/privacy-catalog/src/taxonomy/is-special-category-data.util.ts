import type { Classification } from '@sightline/odoo-model';
import { DEFAULT_TAXONOMY, type Taxonomy } from './taxonomy.registry';

/** The field holds GDPR Art. 9 or Art. 10 data. */
export function isSpecialCategoryData(
  classification: Pick<Classification, 'categories'>,
  taxonomy: Taxonomy = DEFAULT_TAXONOMY,
): boolean {
  return classification.categories.some((category) => taxonomy.isSpecial(category));
}
