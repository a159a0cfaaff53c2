import { snapshotSchema, type Snapshot } from '../schema/snapshot.schema';
import { jsonPath } from './json-path.util';
import type { SnapshotIssue } from './snapshot-issue.type';

export type ParseSnapshotResult =
  | { readonly ok: true; readonly snapshot: Snapshot }
  | { readonly ok: false; readonly issues: readonly SnapshotIssue[] };

/**
 * Validates a snapshot document (JSON text, or an already parsed value) and returns either the
 * snapshot or every problem found, each with its JSON path.
 */
export function parseSnapshot(input: unknown): ParseSnapshotResult {
  const value = typeof input === 'string' ? parseJson(input) : { ok: true as const, value: input };
  if (!value.ok) return { ok: false, issues: [value.issue] };
  const result = snapshotSchema.safeParse(value.value);
  if (result.success) return { ok: true, snapshot: result.data };
  const issues = result.error.issues.map((issue) => ({ path: jsonPath(issue.path), message: issue.message }));
  return { ok: false, issues };
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; issue: SnapshotIssue } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, issue: { path: '$', message: `not JSON: ${(error as Error).message}` } };
  }
}
