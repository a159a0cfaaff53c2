import type { AccessEngine } from '@sightline/access-engine';
import type { Snapshot, User } from '@sightline/odoo-model';
import type { ClassificationCatalog } from '@sightline/privacy-catalog';

/** A stored snapshot classified with its version's catalog plus the tenant's overrides, and its engine. */
export interface SnapshotAnalysis {
  readonly snapshotId: string;
  /** The stored snapshot with its classifications replaced by the catalog's. */
  readonly snapshot: Snapshot;
  readonly catalog: ClassificationCatalog;
  readonly engine: AccessEngine;
  readonly usersByKey: ReadonlyMap<string, User>;
}
