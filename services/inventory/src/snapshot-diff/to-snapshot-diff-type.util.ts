import { isSnapshotDiffEmpty } from '@sightline/odoo-model';
import type { SnapshotDiff } from '@sightline/odoo-model';
import type { SnapshotDiffType } from './snapshot-diff.type';

export function toSnapshotDiffType(fromId: string, toId: string, diff: SnapshotDiff): SnapshotDiffType {
  const counts = Object.entries(diff).map(([collection, changes]) => ({
    collection,
    added: changes.filter((c: { change: string }) => c.change === 'added').length,
    removed: changes.filter((c: { change: string }) => c.change === 'removed').length,
    changed: changes.filter((c: { change: string }) => c.change === 'changed').length,
  }));
  return { fromId, toId, identical: isSnapshotDiffEmpty(diff), counts, ...diff } as SnapshotDiffType;
}
