import type { Snapshot } from '../schema/snapshot.schema';
import { parseSnapshot } from './parse-snapshot.util';
import { SnapshotParseError } from './snapshot-parse.error';

/** @throws SnapshotParseError with every issue and its JSON path. */
export function parseSnapshotOrThrow(input: unknown): Snapshot {
  const result = parseSnapshot(input);
  if (!result.ok) throw new SnapshotParseError(result.issues);
  return result.snapshot;
}
