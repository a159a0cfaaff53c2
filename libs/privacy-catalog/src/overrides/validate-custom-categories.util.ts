import type { Taxonomy } from '../taxonomy/taxonomy.registry';
import { checkAllowedKeys } from './check-allowed-keys.util';
import type { CustomCategory } from './classification-overrides.type';
import type { IssueCollector } from './issue-collector';
import { describeValue, isNonEmptyString, isRecord } from './plain-value.util';
import { readList } from './read-list.util';

const CATEGORY_KEY = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/;
const ALLOWED = ['key', 'label', 'description', 'parent', 'special', 'article'];

/** The `categories:` list: new data categories below an existing (default or custom) parent. */
export function validateCustomCategories(value: unknown, taxonomy: Taxonomy, issues: IssueCollector): CustomCategory[] {
  const items = readList(value, ['categories'], issues);
  const shaped = items.map((item, index) => validateShape(item, index, issues));
  const declared = new Set<string>();
  const known = (key: string) => taxonomy.hasCategory(key) || declared.has(key);
  shaped.forEach((category, index) => {
    if (!category) return;
    if (known(category.key)) issues.add(['categories', index, 'key'], `data category "${category.key}" is already defined`);
    declared.add(category.key);
  });
  return shaped.flatMap((category, index) => (category ? withParent(category, index, known, issues) : []));
}

function withParent(
  category: CustomCategory,
  index: number,
  known: (key: string) => boolean,
  issues: IssueCollector,
): CustomCategory[] {
  const parent = category.parent ?? nearestPrefix(category.key, known);
  if (parent === undefined) {
    issues.add(['categories', index, 'key'], `no existing category is a prefix of "${category.key}": set parent`);
    return [];
  }
  if (!known(parent) || parent === category.key) {
    issues.add(['categories', index, 'parent'], `unknown parent category "${parent}"`);
    return [];
  }
  return [{ ...category, parent }];
}

function nearestPrefix(key: string, known: (key: string) => boolean): string | undefined {
  const parts = key.split('.');
  for (let length = parts.length - 1; length > 0; length--) {
    const prefix = parts.slice(0, length).join('.');
    if (known(prefix)) return prefix;
  }
  return undefined;
}

function validateShape(item: unknown, index: number, issues: IssueCollector): CustomCategory | undefined {
  const path = ['categories', index];
  if (!isRecord(item)) {
    issues.add(path, `expected a map with key and label, found ${describeValue(item)}`);
    return undefined;
  }
  checkAllowedKeys(item, ALLOWED, path, issues);
  const { key, label, description, parent, special, article } = item;
  const before = issues.issues.length;
  if (typeof key !== 'string' || !CATEGORY_KEY.test(key)) {
    issues.add([...path, 'key'], 'expected a dotted lower-case key such as "user.health_and_medical.allergy"');
  }
  if (!isNonEmptyString(label)) issues.add([...path, 'label'], 'expected a label');
  if (description !== undefined && typeof description !== 'string') issues.add([...path, 'description'], 'expected text');
  if (parent !== undefined && typeof parent !== 'string') issues.add([...path, 'parent'], 'expected a category key');
  if (special !== undefined && typeof special !== 'boolean') issues.add([...path, 'special'], 'expected true or false');
  if (article !== undefined && article !== 9 && article !== 10) issues.add([...path, 'article'], 'expected 9 or 10 (GDPR article)');
  if (article !== undefined && special === false) issues.add([...path, 'special'], 'a category with a GDPR article is special');
  if (issues.issues.length > before) return undefined;
  return {
    key: key as string,
    label: label as string,
    ...(description === undefined ? {} : { description: description as string }),
    ...(parent === undefined ? {} : { parent: parent as string }),
    ...(special === undefined && article === undefined ? {} : { special: (special as boolean | undefined) ?? true }),
    ...(article === undefined ? {} : { article: article as 9 | 10 }),
  };
}
