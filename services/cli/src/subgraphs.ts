import type { DataSource } from 'typeorm';
import { createInventorySubgraph, openInventoryDatabase } from '@sightline/inventory';
import type { LocalSubgraph } from '@sightline/gateway';

export interface RunningSubgraphs {
  local: LocalSubgraph[];
  close(): Promise<void>;
}

/** Opens the database of every subgraph that runs in this process (those without a URL). */
export async function startLocalSubgraphs(databaseUrl: string, remote: Record<string, string>): Promise<RunningSubgraphs> {
  const dataSources: DataSource[] = [];
  const local: LocalSubgraph[] = [];
  if (!remote.inventory) {
    const inventoryDb = await openInventoryDatabase(databaseUrl);
    dataSources.push(inventoryDb);
    local.push(await createInventorySubgraph(inventoryDb));
  }
  return { local, close: async () => void (await Promise.all(dataSources.map((d) => d.destroy()))) };
}
