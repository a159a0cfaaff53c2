import { createHash } from 'node:crypto';
import type { ClassificationOverrideEntity } from '../entities/classification-override.entity';

/**
 * A digest of a tenant's overrides: engines are cached per (snapshot, digest), so any change to the
 * overrides — in this process or another replica — builds a fresh engine, and none is ever stale.
 */
export function overridesVersion(rows: readonly Pick<ClassificationOverrideEntity, 'model' | 'field' | 'personal' | 'categories' | 'subjects'>[]): string {
  const canonical = rows
    .map((row) => [row.model, row.field, row.personal, [...row.categories].sort(), [...row.subjects].sort()] as const)
    .sort((a, b) => (a[0] === b[0] ? (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0) : a[0] < b[0] ? -1 : 1));
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex').slice(0, 16);
}
