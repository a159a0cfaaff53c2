import type { Snapshot } from '@sightline/odoo-model';
import type { OdooAddressPolicy } from '@sightline/odoo-rpc';
import type { JobProgress } from '../entities/job.entity';
import type { SourceEntity } from '../entities/source.entity';

export interface ProducerContext {
  /** The source's API key or password, unsealed for this job only (odoo sources). */
  credential: string | null;
  onProgress(progress: JobProgress): void;
  /** Which addresses a live sync may connect to (loopback, private and metadata addresses refused unless allowed). */
  addressPolicy: OdooAddressPolicy;
}

/** Takes a snapshot of a source: reads addon trees or syncs a live Odoo. */
export type SnapshotProducer = (source: SourceEntity, context: ProducerContext) => Promise<Snapshot>;

export interface SnapshotProducers {
  odoo: SnapshotProducer;
  addons: SnapshotProducer;
}
