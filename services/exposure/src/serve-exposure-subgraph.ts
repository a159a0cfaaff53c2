import type { Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import type { RequestContext } from '@sightline/platform-graphql';
import { assertDatabaseReachable } from '@sightline/platform-db';
import { closeServer, createGraphQLApp, graphqlMetricsPlugin, HttpMetrics, listen } from '@sightline/platform-http';
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
  options: ExposureOptions = {},
): Promise<StandaloneExposureSubgraph> {
  await assertDatabaseReachable(databaseUrl);
  const dataSource = await openExposureDatabase(databaseUrl);
  const { schema } = await createExposureSubgraph(dataSource, options);
  const metrics = new HttpMetrics();
  const apollo = new ApolloServer<RequestContext>({ schema, plugins: [graphqlMetricsPlugin(metrics, logger)], logger });
  await apollo.start();
  const health = async () => {
    await assertDatabaseReachable(databaseUrl, 'database', 2000);
    return { database: 'url' };
  };
  const server = await listen(createGraphQLApp({ apollo, health, metrics }), port, host);
  return {
    server,
    stop: async () => {
      await closeServer(server);
      await apollo.stop();
      await dataSource.destroy();
    },
  };
}
