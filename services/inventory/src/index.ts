import 'reflect-metadata';

export { createInventorySubgraph, inventorySubgraphName } from './inventory-subgraph';
export type { Subgraph } from './inventory-subgraph';
export { openInventoryDatabase, inventorySchema } from './inventory-database';
export { serveInventorySubgraph } from './serve-inventory-subgraph';
export type { StandaloneSubgraph } from './serve-inventory-subgraph';
export { storeSnapshot } from './snapshots/store-snapshot.util';
