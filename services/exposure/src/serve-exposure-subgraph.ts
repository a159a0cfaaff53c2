import type { Server } from 'node:http';
import { assertDatabaseReachable } from '@sightline/platform-db';
import { serveSubgraphSchema } from '@sightline/platform-http';
import type { Logger } from '@sightline/platform-http';
import { openExposureDatabase } from './exposure-database';
import { createExposureSubgraph } from './exposure-subgraph';
import type { ExposureOptions } from './exposure-subgraph';

export interface StandaloneExposureSubgraph {
  server: Server;
  stop(): Promise<void>;
}

/** Runs the exposure subgraph as its own HTTP service (the gateway points SIGHTLINE_SUBGRAPH_EXPOSURE_URL at it). */
export async function serveExposureSubgraph(
  databaseUrl: string,
  port: number,
  host: string,
  logger: Logger,
  secretKey: Buffer,
  options: ExposureOptions = {},
): Promise<StandaloneExposureSubgraph> {
  await assertDatabaseReachable(databaseUrl);
  const dataSource = await openExposureDatabase(databaseUrl);
  const { schema } = await createExposureSubgraph(dataSource, options);
  const served = await serveSubgraphSchema({ schema, port, host, logger, databaseUrl, secretKey });
  return {
    server: served.server,
    stop: async () => {
      await served.stop();
      await dataSource.destroy();
    },
  };
}
