import type { KeyObject } from 'node:crypto';
import type { Server } from 'node:http';
import { AuditLog, openAuditDatabase } from '@sightline/platform-audit';
import { openAuthDatabase } from '@sightline/platform-auth';
import { assertDatabaseReachable } from '@sightline/platform-db';
import { serveSubgraphSchema } from '@sightline/platform-http';
import type { Logger } from '@sightline/platform-http';
import { createIdentitySubgraph } from './identity-subgraph';

export interface StandaloneIdentitySubgraph {
  server: Server;
  stop(): Promise<void>;
}

/** Runs the identity subgraph as its own HTTP service (the gateway points SIGHTLINE_SUBGRAPH_IDENTITY_URL at it). */
export async function serveIdentitySubgraph(
  databaseUrl: string,
  port: number,
  host: string,
  logger: Logger,
  secretKey: Buffer,
  trustedKeys: KeyObject[],
): Promise<StandaloneIdentitySubgraph> {
  await assertDatabaseReachable(databaseUrl);
  const authDb = await openAuthDatabase(databaseUrl);
  const auditDb = await openAuditDatabase(databaseUrl);
  const audit = new AuditLog(auditDb);
  const { schema } = await createIdentitySubgraph({ authDb, auditDb, audit, trustedKeys: () => trustedKeys });
  const served = await serveSubgraphSchema({ schema, port, host, logger, databaseUrl, secretKey, audit });
  return {
    server: served.server,
    stop: async () => {
      await served.stop();
      await authDb.destroy();
      await auditDb.destroy();
    },
  };
}
