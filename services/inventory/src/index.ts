import 'reflect-metadata';

export { createInventorySubgraph, inventorySubgraphName } from './inventory-subgraph';
export type { Subgraph } from './inventory-subgraph';
export { openInventoryDatabase, inventorySchema } from './inventory-database';
