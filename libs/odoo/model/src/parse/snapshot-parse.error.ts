import type { SnapshotIssue } from './snapshot-issue.type';

/** A snapshot document failed validation; the message lists every issue as `path: message`. */
export class SnapshotParseError extends Error {
  constructor(readonly issues: readonly SnapshotIssue[]) {
    super(`invalid snapshot:\n${issues.map((issue) => `  ${issue.path}: ${issue.message}`).join('\n')}`);
    this.name = 'SnapshotParseError';
  }
}
