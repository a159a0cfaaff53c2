import { LineCounter, parseDocument } from 'yaml';
import type { Taxonomy } from '../taxonomy/taxonomy.registry';
import type { ClassificationOverrides } from './classification-overrides.type';
import { createYamlLocator } from './create-yaml-locator.util';
import type { OverrideIssue } from './override-issue.type';
import { validateOverrides } from './validate-overrides.util';

export type ParseOverridesResult =
  | { readonly ok: true; readonly overrides: ClassificationOverrides }
  | { readonly ok: false; readonly issues: readonly OverrideIssue[] };

/** Parses a classification overrides YAML file; every issue names the file, line, column and cause. */
export function parseClassificationOverrides(text: string, file: string, taxonomy?: Taxonomy): ParseOverridesResult {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    const issues = document.errors.map((error) => {
      const { line, col } = lineCounter.linePos(error.pos[0]);
      return { file, line, column: col, path: '', message: `invalid YAML: ${error.message}` };
    });
    return { ok: false, issues };
  }
  const locate = createYamlLocator(document, lineCounter);
  const { overrides, issues } = validateOverrides(document.toJS(), { file, locate, ...(taxonomy ? { taxonomy } : {}) });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, overrides };
}
