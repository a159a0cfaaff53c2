import type { Taxonomy } from '../taxonomy/taxonomy.registry';
import { checkAllowedKeys } from './check-allowed-keys.util';
import type { CustomSubject } from './classification-overrides.type';
import type { IssueCollector } from './issue-collector';
import { readList } from './read-list.util';
import { describeValue, isNonEmptyString, isRecord } from './plain-value.util';

const SUBJECT_KEY = /^[a-z][a-z0-9_]*$/;
const ALLOWED = ['key', 'label', 'description', 'hr'];

/** The `subjects:` list: new data subjects, each with a new lower-case key and a label. */
export function validateCustomSubjects(value: unknown, taxonomy: Taxonomy, issues: IssueCollector): CustomSubject[] {
  const seen = new Set<string>();
  return readList(value, ['subjects'], issues).flatMap((item, index) => {
    const subject = validateSubject(item, index, issues);
    if (!subject) return [];
    if (taxonomy.hasSubject(subject.key) || seen.has(subject.key)) {
      issues.add(['subjects', index, 'key'], `data subject "${subject.key}" is already defined`);
      return [];
    }
    seen.add(subject.key);
    return [subject];
  });
}

function validateSubject(item: unknown, index: number, issues: IssueCollector): CustomSubject | undefined {
  const path = ['subjects', index];
  if (!isRecord(item)) {
    issues.add(path, `expected a map with key and label, found ${describeValue(item)}`);
    return undefined;
  }
  checkAllowedKeys(item, ALLOWED, path, issues);
  const { key, label, description, hr } = item;
  const before = issues.issues.length;
  if (typeof key !== 'string' || !SUBJECT_KEY.test(key)) issues.add([...path, 'key'], 'expected a lower-case key such as "contractor"');
  if (!isNonEmptyString(label)) issues.add([...path, 'label'], 'expected a label');
  if (description !== undefined && typeof description !== 'string') issues.add([...path, 'description'], 'expected text');
  if (hr !== undefined && typeof hr !== 'boolean') issues.add([...path, 'hr'], 'expected true or false');
  if (issues.issues.length > before) return undefined;
  return {
    key: key as string,
    label: label as string,
    ...(description === undefined ? {} : { description: description as string }),
    ...(hr === undefined ? {} : { hr: hr as boolean }),
  };
}
