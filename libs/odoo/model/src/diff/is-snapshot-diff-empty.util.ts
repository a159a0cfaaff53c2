import type { SnapshotDiff } from './snapshot-diff.type';

export function isSnapshotDiffEmpty(diff: SnapshotDiff): boolean {
  return Object.values(diff).every((changes: readonly unknown[]) => changes.length === 0);
}
