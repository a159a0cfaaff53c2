import { defaultFieldDecisions } from '../default-classification/default-field-decisions.util';
import { ClassificationOverrideError } from '../overrides/classification-override.error';
import type { ClassificationOverrides } from '../overrides/classification-overrides.type';
import { toCustomTaxonomy } from '../overrides/to-custom-taxonomy.util';
import { validateOverrides } from '../overrides/validate-overrides.util';
import { DEFAULT_TAXONOMY } from '../taxonomy/taxonomy.registry';
import { ClassificationCatalog } from './classification.catalog';
import { mergeFieldDecisions } from './merge-field-decisions.util';

/**
 * The default classification of an Odoo version merged with the user's overrides. Overrides built in code
 * are checked like a file; a `ClassificationOverrideError` lists what is wrong.
 */
export function buildCatalog(version: string, overrides: ClassificationOverrides = {}): ClassificationCatalog {
  const defaults = defaultFieldDecisions(version);
  const { source = 'overrides', ...content } = overrides;
  const validated = validateOverrides(content, { file: source });
  if (validated.issues.length > 0) throw new ClassificationOverrideError(validated.issues);
  const taxonomy = toCustomTaxonomy(DEFAULT_TAXONOMY, validated.overrides);
  const entries = mergeFieldDecisions(defaults, `default:${version}`, validated.overrides.fields ?? [], source);
  return new ClassificationCatalog(version, taxonomy, entries);
}
