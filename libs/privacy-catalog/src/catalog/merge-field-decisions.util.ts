import type { FieldDecision } from '../default-classification/field-decision.type';
import type { FieldOverride } from '../overrides/classification-overrides.type';
import type { CatalogEntry } from './catalog-entry.type';
import { compareFieldRefs } from './compare-field-refs.util';
import { fieldRefKey } from './field-ref-key.util';

/** Defaults, each replaced whole by an override of the same field; overrides of other fields are added. */
export function mergeFieldDecisions(
  defaults: readonly FieldDecision[],
  defaultSource: string,
  overrides: readonly FieldOverride[],
  overrideSource: string,
): CatalogEntry[] {
  const merged = new Map<string, CatalogEntry>();
  for (const decision of defaults) merged.set(fieldRefKey(decision), { ...decision, source: defaultSource });
  for (const override of overrides) merged.set(fieldRefKey(override), toEntry(override, overrideSource));
  return [...merged.values()].sort(compareFieldRefs);
}

function toEntry(override: FieldOverride, source: string): CatalogEntry {
  const { model, field } = override;
  if ('personal' in override) {
    return { model, field, personal: false, reason: override.reason ?? `declared not personal in ${source}`, source };
  }
  return { model, field, personal: true, categories: override.categories, subjects: override.subjects, source };
}
