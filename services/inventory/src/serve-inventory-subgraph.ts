import type { Server } from 'node:http';
import { AuditLog, openAuditDatabase } from '@sightline/platform-audit';
import { assertDatabaseReachable } from '@sightline/platform-db';
import { serveSubgraphSchema } from '@sightline/platform-http';
import type { Logger } from '@sightline/platform-http';
import { openInventoryDatabase } from './inventory-database';
import { createInventorySubgraph } from './inventory-subgraph';
import type { InventoryOptions } from './inventory-subgraph';

export interface StandaloneSubgraph {
  server: Server;
  stop(): Promise<void>;
}

/** Runs the inventory subgraph as its own HTTP service (split deployments; the gateway points SIGHTLINE_SUBGRAPH_INVENTORY_URL at it). */
export async function serveInventorySubgraph(
  databaseUrl: string,
  port: number,
  host: string,
  logger: Logger,
  secretKey: Buffer,
  options: InventoryOptions,
): Promise<StandaloneSubgraph> {
  await assertDatabaseReachable(databaseUrl);
  const dataSource = await openInventoryDatabase(databaseUrl);
  const auditDb = await openAuditDatabase(databaseUrl, 2);
  const audit = new AuditLog(auditDb);
  const { schema, jobs } = await createInventorySubgraph(dataSource, { audit: (entry) => audit.append(entry), ...options });
  await jobs.failInterrupted();
  const served = await serveSubgraphSchema({ schema, port, host, logger, databaseUrl, secretKey, audit });
  return {
    server: served.server,
    stop: async () => {
      await served.stop();
      await jobs.whenIdle();
      await dataSource.destroy();
      await auditDb.destroy();
    },
  };
}
