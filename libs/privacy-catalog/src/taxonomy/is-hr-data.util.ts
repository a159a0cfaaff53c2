import type { Classification } from '@sightline/odoo-model';
import { DEFAULT_TAXONOMY, type Taxonomy } from './taxonomy.registry';

/** HR data = personal data (at least one category) whose subjects include an employee or an applicant. */
export function isHrData(
  classification: Pick<Classification, 'categories' | 'subjects'>,
  taxonomy: Taxonomy = DEFAULT_TAXONOMY,
): boolean {
  if (classification.categories.length === 0) return false;
  return classification.subjects.some((subject) => taxonomy.subject(subject)?.hr === true);
}
