import type { DataCategory, DataCategoryOrigin, SpecialArticle } from './data-category.type';
import type { DataSubject } from './data-subject.type';
import categories from './data/data-categories.json';
import subjects from './data/data-subjects.json';

interface RawCategory {
  readonly key: string;
  readonly parent: string | null;
  readonly label: string;
  readonly description: string;
  readonly special: boolean;
  readonly article?: number;
  readonly origin: string;
}

function toCategory({ article, origin, ...rest }: RawCategory): DataCategory {
  const category = { ...rest, origin: origin as DataCategoryOrigin };
  return article === undefined ? category : { ...category, article: article as SpecialArticle };
}

/** Fideslang-compatible categories plus Sightline's extensions (GDPR Art. 9/10, employment, education…). */
export const DEFAULT_DATA_CATEGORIES: readonly DataCategory[] = (categories as readonly RawCategory[]).map(toCategory);

export const DEFAULT_DATA_SUBJECTS: readonly DataSubject[] = subjects;
