import { createInventorySubgraph, defaultSnapshotProducers, openInventoryDatabase } from '@sightline/inventory';
import { createExposureSubgraph, openExposureDatabase } from '@sightline/exposure';
import type { LocalSubgraph } from '@sightline/gateway';
import type { SecretBox } from '@sightline/platform-secrets';
import { createIdentitySubgraph } from '@sightline/identity';
import type { PlatformSecurity } from './security/platform-security';

export interface RunningSubgraphs {
  local: LocalSubgraph[];
  close(): Promise<void>;
}

/** Opens the database of every subgraph that runs in this process (those without a URL). */
export async function startLocalSubgraphs(
  databaseUrl: string,
  remote: Record<string, string>,
  secrets: SecretBox,
  security: PlatformSecurity,
  options: { odooAllowedHosts?: readonly string[] } = {},
): Promise<RunningSubgraphs> {
  const closers: Array<() => Promise<void>> = [];
  const local: LocalSubgraph[] = [];
  if (!remote.inventory) {
    const inventoryDb = await openInventoryDatabase(databaseUrl);
    const inventory = await createInventorySubgraph(inventoryDb, {
      secrets, producers: defaultSnapshotProducers(), audit: (entry) => security.audit.append(entry), odooAllowedHosts: options.odooAllowedHosts,
    });
    await inventory.jobs.failInterrupted();
    closers.push(async () => {
      await inventory.jobs.whenIdle();
      await inventoryDb.destroy();
    });
    local.push(inventory);
  }
  if (!remote.exposure) {
    // Reads the inventory's stored snapshots: the inventory schema is migrated by whoever runs inventory.
    const exposureDb = await openExposureDatabase(databaseUrl);
    closers.push(() => exposureDb.destroy());
    local.push(await createExposureSubgraph(exposureDb));
  }
  if (!remote.identity) {
    const { authDb, auditDb, audit, trustedKeys } = security;
    local.push(await createIdentitySubgraph({ authDb, auditDb, audit, trustedKeys }));
  }
  return { local, close: async () => void (await Promise.all(closers.map((close) => close()))) };
}
