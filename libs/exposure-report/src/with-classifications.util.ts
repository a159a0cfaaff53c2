import type { Classification, Snapshot } from '@sightline/odoo-model';

/** The snapshot with its classifications replaced (the engine reports exposure of these fields only). */
export function withClassifications(snapshot: Snapshot, classifications: readonly Classification[]): Snapshot {
  return { ...snapshot, classifications: [...classifications] };
}
