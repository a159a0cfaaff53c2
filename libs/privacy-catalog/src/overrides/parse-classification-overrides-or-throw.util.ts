import type { Taxonomy } from '../taxonomy/taxonomy.registry';
import { ClassificationOverrideError } from './classification-override.error';
import type { ClassificationOverrides } from './classification-overrides.type';
import { parseClassificationOverrides } from './parse-classification-overrides.util';

/** Like `parseClassificationOverrides`, throwing a `ClassificationOverrideError` that lists every issue. */
export function parseClassificationOverridesOrThrow(text: string, file: string, taxonomy?: Taxonomy): ClassificationOverrides {
  const result = parseClassificationOverrides(text, file, taxonomy);
  if (!result.ok) throw new ClassificationOverrideError(result.issues);
  return result.overrides;
}
