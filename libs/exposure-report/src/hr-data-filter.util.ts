import type { Classification } from '@sightline/odoo-model';
import { DEFAULT_TAXONOMY, isHrData, type Taxonomy } from '@sightline/privacy-catalog';

/** Category `hr`: personal data of employees and applicants. */
export function hrDataFilter(taxonomy: Taxonomy = DEFAULT_TAXONOMY): (classification: Classification) => boolean {
  return (classification) => isHrData(classification, taxonomy);
}
