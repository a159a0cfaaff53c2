import { modelNameSchema } from '@sightline/odoo-model';
import type { Taxonomy } from '../taxonomy/taxonomy.registry';
import { checkAllowedKeys } from './check-allowed-keys.util';
import type { FieldOverride } from './classification-overrides.type';
import type { IssueCollector } from './issue-collector';
import type { OverridePath } from './override-issue.type';
import { describeValue, isRecord } from './plain-value.util';
import { readList } from './read-list.util';

const FIELD_NAME = /^\w+$/;
const ALLOWED = ['model', 'field', 'categories', 'subjects', 'personal', 'reason'];

/** The `fields:` list: one decision per (model, field), each naming known categories and subjects. */
export function validateFieldOverrides(value: unknown, taxonomy: Taxonomy, issues: IssueCollector): FieldOverride[] {
  const firstIndex = new Map<string, number>();
  return readList(value, ['fields'], issues).flatMap((item, index) => {
    const override = validateFieldOverride(item, ['fields', index], taxonomy, issues);
    if (!override) return [];
    const key = `${override.model}/${override.field}`;
    const first = firstIndex.get(key);
    if (first !== undefined) {
      issues.add(['fields', index], `${key} is already decided at ${issues.positionText(['fields', first])}`);
      return [];
    }
    firstIndex.set(key, index);
    return [override];
  });
}

function validateFieldOverride(
  item: unknown,
  path: OverridePath,
  taxonomy: Taxonomy,
  issues: IssueCollector,
): FieldOverride | undefined {
  if (!isRecord(item)) {
    issues.add(path, `expected a map with model and field, found ${describeValue(item)}`);
    return undefined;
  }
  checkAllowedKeys(item, ALLOWED, path, issues);
  const before = issues.issues.length;
  const { model, field, personal, reason } = item;
  if (typeof model !== 'string' || !modelNameSchema.safeParse(model).success) issues.add([...path, 'model'], 'expected a model name such as "hr.employee"');
  if (typeof field !== 'string' || !FIELD_NAME.test(field)) issues.add([...path, 'field'], 'expected a field name such as "private_email"');
  if (personal !== undefined && typeof personal !== 'boolean') issues.add([...path, 'personal'], 'expected true or false');
  if (reason !== undefined && typeof reason !== 'string') issues.add([...path, 'reason'], 'expected text');
  if (personal === false) return notPersonal(item, path, issues, before);
  const categories = readKeys(item['categories'], [...path, 'categories'], 'data category', (key) => taxonomy.hasCategory(key), issues);
  const subjects = readKeys(item['subjects'], [...path, 'subjects'], 'data subject', (key) => taxonomy.hasSubject(key), issues);
  if (issues.issues.length > before) return undefined;
  return { model: model as string, field: field as string, categories, subjects };
}

function notPersonal(
  item: Readonly<Record<string, unknown>>,
  path: OverridePath,
  issues: IssueCollector,
  before: number,
): FieldOverride | undefined {
  for (const key of ['categories', 'subjects']) {
    if (item[key] !== undefined) issues.add([...path, key], `a field with personal: false has no ${key}`);
  }
  if (issues.issues.length > before) return undefined;
  const { model, field, reason } = item as { model: string; field: string; reason?: string };
  return { model, field, personal: false, ...(reason === undefined ? {} : { reason }) };
}

function readKeys(
  value: unknown,
  path: OverridePath,
  what: string,
  known: (key: string) => boolean,
  issues: IssueCollector,
): string[] {
  if (!Array.isArray(value) || value.length === 0) {
    issues.add(path, `expected a non-empty list of ${what} keys, found ${describeValue(value)}`);
    return [];
  }
  value.forEach((key, index) => {
    if (typeof key !== 'string') issues.add([...path, index], `expected a ${what} key, found ${describeValue(key)}`);
    else if (!known(key)) issues.add([...path, index], `unknown ${what} "${key}"`);
  });
  return value.filter((key): key is string => typeof key === 'string');
}
