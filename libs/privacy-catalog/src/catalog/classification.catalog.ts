import type { Classification } from '@sightline/odoo-model';
import type { FieldRef } from '../default-classification/field-decision.type';
import { isHrData } from '../taxonomy/is-hr-data.util';
import { isSpecialCategoryData } from '../taxonomy/is-special-category-data.util';
import type { Taxonomy } from '../taxonomy/taxonomy.registry';
import type { CatalogEntry } from './catalog-entry.type';
import { fieldRefKey } from './field-ref-key.util';

export type NotPersonalEntry = Extract<CatalogEntry, { personal: false }>;

/** The merged classification of one Odoo version, with its taxonomy and lookups. */
export class ClassificationCatalog {
  /** Personal fields, as the Snapshot stores them, ordered by model and field. */
  readonly classifications: readonly Classification[];
  readonly notPersonal: readonly NotPersonalEntry[];
  private readonly entriesByKey: ReadonlyMap<string, CatalogEntry>;
  private readonly classificationsByKey: ReadonlyMap<string, Classification>;

  constructor(
    readonly version: string,
    readonly taxonomy: Taxonomy,
    /** Every decision, ordered by model and field. */
    readonly entries: readonly CatalogEntry[],
  ) {
    this.entriesByKey = new Map(entries.map((entry) => [fieldRefKey(entry), entry]));
    this.classifications = entries.flatMap((entry) => (entry.personal ? [toClassification(entry)] : []));
    this.classificationsByKey = new Map(this.classifications.map((entry) => [fieldRefKey(entry), entry]));
    this.notPersonal = entries.filter((entry): entry is NotPersonalEntry => !entry.personal);
  }

  decisionOf(model: string, field: string): CatalogEntry | undefined {
    return this.entriesByKey.get(fieldRefKey({ model, field }));
  }

  classificationOf(model: string, field: string): Classification | undefined {
    return this.classificationsByKey.get(fieldRefKey({ model, field }));
  }

  /** True or false when decided, undefined when the catalog has no decision for the field. */
  isPersonal(model: string, field: string): boolean | undefined {
    return this.decisionOf(model, field)?.personal;
  }

  isDecided(ref: FieldRef): boolean {
    return this.entriesByKey.has(fieldRefKey(ref));
  }

  /** Fields with the category or one of its descendants. */
  fieldsInCategory(category: string): Classification[] {
    return this.classifications.filter((entry) => entry.categories.some((key) => this.taxonomy.isWithin(key, category)));
  }

  hrData(): Classification[] {
    return this.classifications.filter((entry) => isHrData(entry, this.taxonomy));
  }

  specialCategoryData(): Classification[] {
    return this.classifications.filter((entry) => isSpecialCategoryData(entry, this.taxonomy));
  }
}

function toClassification(entry: Classification): Classification {
  return { model: entry.model, field: entry.field, categories: [...entry.categories], subjects: [...entry.subjects] };
}
