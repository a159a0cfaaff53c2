import type { ClassifiedField } from '@sightline/access-engine';
import { hrDataFilter } from '@sightline/exposure-report';
import type { Taxonomy } from '@sightline/privacy-catalog';
import { UserInputError } from '@sightline/platform-graphql';

export interface FieldFilter {
  /** `hr` (personal data of employees and applicants), `all`, or a data category key (with its descendants). */
  readonly category: string;
  readonly model?: string | null;
  readonly field?: string | null;
}

/** The classified fields a filter selects; an unknown category is a UserInputError naming `argument`. */
export function fieldPredicate(filter: FieldFilter, taxonomy: Taxonomy, argument = 'category'): (field: ClassifiedField) => boolean {
  const { category, model, field } = filter;
  const inCategory = categoryPredicate(category, taxonomy, argument);
  return (f) => (!model || f.model === model) && (!field || f.field === field) && inCategory(f);
}

function categoryPredicate(category: string, taxonomy: Taxonomy, argument: string): (field: ClassifiedField) => boolean {
  if (category === 'all') return () => true;
  if (category === 'hr') {
    const isHr = hrDataFilter(taxonomy);
    return (f) => isHr({ model: f.model, field: f.field, categories: f.categories, subjects: f.subjects });
  }
  if (!taxonomy.hasCategory(category)) {
    throw new UserInputError(argument, `expected "hr", "all" or a data category such as "user.contact.email", got "${category}"`);
  }
  return (f) => f.categories.some((key) => taxonomy.isWithin(key, category));
}
