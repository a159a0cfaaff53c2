import { diffSnapshots, isSnapshotDiffEmpty } from '@sightline/odoo-model';
import { exitCodes } from '../cli-error';
import { formatSnapshotDiff } from '../format/format-snapshot-diff.util';
import { readSnapshotFile } from '../read-snapshot-file.util';

export interface DiffOptions {
  format: 'text' | 'json';
}

/** Prints what changed from snapshot file `a` to `b`; exit 0 when identical, 1 when they differ. */
export async function diffSnapshotFiles(a: string, b: string, options: DiffOptions, out: NodeJS.WritableStream): Promise<number> {
  const [before, after] = await Promise.all([readSnapshotFile(a), readSnapshotFile(b)]);
  const diff = diffSnapshots(before, after);
  out.write(options.format === 'json' ? JSON.stringify(diff, null, 2) + '\n' : formatSnapshotDiff(diff));
  return isSnapshotDiffEmpty(diff) ? 0 : exitCodes.findings;
}
