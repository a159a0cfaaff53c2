import { createHash } from 'node:crypto';
import type { Snapshot } from '../schema/snapshot.schema';
import { canonicalizeSnapshot } from './canonicalize-snapshot.util';
import { stableStringify } from './stable-stringify.util';

/**
 * SHA-256 (hex) of the canonical JSON of what the snapshot says. `meta.createdAt` and
 * `meta.source` are provenance, not content, and are left out: reading the same tree twice, or
 * from two checkouts, gives the same hash.
 */
export function snapshotHash(snapshot: Snapshot): string {
  const canonical = canonicalizeSnapshot(snapshot);
  const { createdAt: _createdAt, source: _source, ...content } = canonical.meta;
  const text = stableStringify({ ...canonical, meta: content });
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
