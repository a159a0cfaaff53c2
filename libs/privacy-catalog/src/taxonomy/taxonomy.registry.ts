import type { DataCategory } from './data-category.type';
import type { DataSubject } from './data-subject.type';
import { DEFAULT_DATA_CATEGORIES, DEFAULT_DATA_SUBJECTS } from './default-taxonomy.data';

/** Lookups over a set of data categories and subjects. Immutable; `extend` returns a new registry. */
export class Taxonomy {
  private readonly categoriesByKey: ReadonlyMap<string, DataCategory>;
  private readonly subjectsByKey: ReadonlyMap<string, DataSubject>;

  constructor(
    readonly categories: readonly DataCategory[],
    readonly subjects: readonly DataSubject[],
  ) {
    this.categoriesByKey = new Map(categories.map((category) => [category.key, category]));
    this.subjectsByKey = new Map(subjects.map((subject) => [subject.key, subject]));
  }

  category(key: string): DataCategory | undefined {
    return this.categoriesByKey.get(key);
  }

  subject(key: string): DataSubject | undefined {
    return this.subjectsByKey.get(key);
  }

  hasCategory(key: string): boolean {
    return this.categoriesByKey.has(key);
  }

  hasSubject(key: string): boolean {
    return this.subjectsByKey.has(key);
  }

  /** The category and its ancestors, nearest first. */
  lineage(key: string): DataCategory[] {
    const lineage: DataCategory[] = [];
    for (let category = this.category(key); category; category = this.category(category.parent ?? '')) {
      lineage.push(category);
    }
    return lineage;
  }

  /** `key` is `ancestor` or one of its descendants. */
  isWithin(key: string, ancestor: string): boolean {
    return this.lineage(key).some((category) => category.key === ancestor);
  }

  /** GDPR Art. 9/10 data: the category or one of its ancestors is special. */
  isSpecial(key: string): boolean {
    return this.lineage(key).some((category) => category.special);
  }

  extend(categories: readonly DataCategory[], subjects: readonly DataSubject[] = []): Taxonomy {
    return new Taxonomy([...this.categories, ...categories], [...this.subjects, ...subjects]);
  }
}

export const DEFAULT_TAXONOMY = new Taxonomy(DEFAULT_DATA_CATEGORIES, DEFAULT_DATA_SUBJECTS);
