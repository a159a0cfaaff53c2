import type { OverrideIssue } from './override-issue.type';

/** `overrides.yaml:12:7: fields[3].categories[1]: unknown data category "user.foo"`. */
export function formatOverrideIssue(issue: OverrideIssue): string {
  const position = issue.line === undefined ? '' : `:${issue.line}:${issue.column ?? 1}`;
  const path = issue.path ? ` ${issue.path}:` : '';
  return `${issue.file}${position}:${path} ${issue.message}`;
}
