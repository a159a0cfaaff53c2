import type { Snapshot } from '../schema/snapshot.schema';
import { canonicalizeSnapshot } from './canonicalize-snapshot.util';
import { stableStringify } from './stable-stringify.util';

/** The canonical JSON text of a snapshot: sorted keys, sorted collections, no undefined. */
export function canonicalJson(snapshot: Snapshot): string {
  return stableStringify(canonicalizeSnapshot(snapshot));
}
