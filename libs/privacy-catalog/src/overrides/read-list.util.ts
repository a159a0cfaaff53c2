import type { IssueCollector } from './issue-collector';
import type { OverridePath } from './override-issue.type';
import { describeValue } from './plain-value.util';

/** The items of a YAML list; an absent or empty value is an empty list, anything else an issue. */
export function readList(value: unknown, path: OverridePath, issues: IssueCollector): readonly unknown[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value;
  issues.add(path, `expected a list, found ${describeValue(value)}`);
  return [];
}
