import { hrDataFilter } from '@sightline/exposure-report';
import type { Classification } from '@sightline/odoo-model';
import type { ClassificationCatalog } from '@sightline/privacy-catalog';
import { CliError, exitCodes } from '../cli-error';

/** `hr` (employees' and applicants' personal data), `all`, or a data category key and its descendants. */
export function exposureCategoryFilter(category: string, catalog: ClassificationCatalog): ((c: Classification) => boolean) | undefined {
  if (category === 'all') return undefined;
  if (category === 'hr') return hrDataFilter(catalog.taxonomy);
  if (!catalog.taxonomy.hasCategory(category)) throw new CliError(`unknown data category "${category}" (hr, all, or a key such as user.contact.email)`, exitCodes.usage);
  return (c) => c.categories.some((key) => catalog.taxonomy.isWithin(key, category));
}
