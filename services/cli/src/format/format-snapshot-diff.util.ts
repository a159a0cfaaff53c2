import type { SnapshotDiff } from '@sightline/odoo-model';

const symbols = { added: '+', removed: '-', changed: '~' } as const;

/** A readable listing of a snapshot diff: one section per collection that changed, one line per change. */
export function formatSnapshotDiff(diff: SnapshotDiff): string {
  const sections = Object.entries(diff)
    .filter(([, changes]) => changes.length > 0)
    .map(([collection, changes]: [string, SnapshotDiff[keyof SnapshotDiff]]) => {
      const lines = changes.map((c) => `  ${symbols[c.change]} ${c.key}`);
      return `${collection} (${summary(changes)}):\n${lines.join('\n')}`;
    });
  return sections.length ? sections.join('\n\n') + '\n' : 'no differences\n';
}

function summary(changes: SnapshotDiff[keyof SnapshotDiff]): string {
  const count = (kind: string) => changes.filter((c) => c.change === kind).length;
  return [['added', count('added')], ['removed', count('removed')], ['changed', count('changed')]]
    .filter(([, n]) => n)
    .map(([kind, n]) => `${n} ${kind}`)
    .join(', ');
}
