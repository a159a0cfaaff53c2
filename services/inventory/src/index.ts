import 'reflect-metadata';

export { createInventorySubgraph, inventorySubgraphName } from './inventory-subgraph';
export type { Subgraph, InventorySubgraph, InventoryOptions } from './inventory-subgraph';
export type { SnapshotProducer, SnapshotProducers, ProducerContext } from './jobs/snapshot-producer';
export { openInventoryDatabase, inventorySchema } from './inventory-database';
export { serveInventorySubgraph } from './serve-inventory-subgraph';
export type { StandaloneSubgraph } from './serve-inventory-subgraph';
export { storeSnapshot } from './snapshots/store-snapshot.util';
export { snapshotImportAuditEntry } from './snapshots/snapshot-import-audit-entry.util';
export { defaultSnapshotProducers } from './jobs/default-snapshot-producers';
export { JobRunner } from './jobs/job-runner';
export { readAddonsInWorker } from './jobs/read-addons-in-worker';
