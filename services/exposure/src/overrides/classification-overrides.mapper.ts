import type { ClassificationOverrides, FieldOverride } from '@sightline/privacy-catalog';
import type { ClassificationOverrideEntity } from '../entities/classification-override.entity';

export const tenantOverridesSource = 'tenant overrides';

export function toFieldOverride(row: Pick<ClassificationOverrideEntity, 'model' | 'field' | 'personal' | 'categories' | 'subjects'>): FieldOverride {
  return row.personal
    ? { model: row.model, field: row.field, categories: row.categories, subjects: row.subjects }
    : { model: row.model, field: row.field, personal: false };
}

/** A tenant's rows as the catalog's overrides (decisions are recorded with source `tenant overrides`). */
export function toClassificationOverrides(rows: readonly ClassificationOverrideEntity[]): ClassificationOverrides {
  return { source: tenantOverridesSource, fields: rows.map(toFieldOverride) };
}
