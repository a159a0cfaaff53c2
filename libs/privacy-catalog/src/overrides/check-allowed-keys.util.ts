import type { IssueCollector } from './issue-collector';
import type { OverridePath } from './override-issue.type';

/** Reports every key of `record` not in `allowed` (typos such as `categorie`). */
export function checkAllowedKeys(
  record: Readonly<Record<string, unknown>>,
  allowed: readonly string[],
  path: OverridePath,
  issues: IssueCollector,
): void {
  for (const key of Object.keys(record)) {
    if (!allowed.includes(key)) issues.add([...path, key], `unknown key "${key}" (expected ${allowed.join(', ')})`);
  }
}
