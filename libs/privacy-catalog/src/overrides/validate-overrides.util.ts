import { DEFAULT_TAXONOMY, type Taxonomy } from '../taxonomy/taxonomy.registry';
import { checkAllowedKeys } from './check-allowed-keys.util';
import type { ClassificationOverrides } from './classification-overrides.type';
import { IssueCollector } from './issue-collector';
import type { OverrideIssue, OverrideLocator } from './override-issue.type';
import { describeValue, isRecord } from './plain-value.util';
import { toCustomTaxonomy } from './to-custom-taxonomy.util';
import { validateCustomCategories } from './validate-custom-categories.util';
import { validateCustomSubjects } from './validate-custom-subjects.util';
import { validateFieldOverrides } from './validate-field-overrides.util';

export interface ValidateOverridesOptions {
  /** Names the overrides in issues and in merged decisions. */
  readonly file: string;
  readonly locate?: OverrideLocator;
  readonly taxonomy?: Taxonomy;
}

export interface ValidatedOverrides {
  readonly overrides: ClassificationOverrides;
  readonly issues: readonly OverrideIssue[];
}

const TOP_LEVEL = ['categories', 'subjects', 'fields'];

/** Checks plain data (parsed YAML or an API payload) against the overrides format and the taxonomy. */
export function validateOverrides(raw: unknown, options: ValidateOverridesOptions): ValidatedOverrides {
  const issues = new IssueCollector(options.file, options.locate);
  const empty = { source: options.file };
  if (raw === null || raw === undefined) return { overrides: empty, issues: [] };
  if (!isRecord(raw)) {
    issues.add([], `expected a map with categories, subjects and/or fields, found ${describeValue(raw)}`);
    return { overrides: empty, issues: issues.issues };
  }
  checkAllowedKeys(raw, TOP_LEVEL, [], issues);
  const base = options.taxonomy ?? DEFAULT_TAXONOMY;
  const subjects = validateCustomSubjects(raw['subjects'], base, issues);
  const categories = validateCustomCategories(raw['categories'], base, issues);
  const taxonomy = toCustomTaxonomy(base, { categories, subjects });
  const fields = validateFieldOverrides(raw['fields'], taxonomy, issues);
  return { overrides: { source: options.file, categories, subjects, fields }, issues: issues.issues };
}
