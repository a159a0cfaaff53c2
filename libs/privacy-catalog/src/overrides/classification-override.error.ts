import { formatOverrideIssue } from './format-override-issue.util';
import type { OverrideIssue } from './override-issue.type';

/** Overrides that cannot be used; every issue names the file, line and cause. */
export class ClassificationOverrideError extends Error {
  constructor(readonly issues: readonly OverrideIssue[]) {
    super(
      issues.length === 1
        ? formatOverrideIssue(issues[0]!)
        : `${issues.length} problems in classification overrides:\n${issues.map(formatOverrideIssue).join('\n')}`,
    );
    this.name = 'ClassificationOverrideError';
  }
}
