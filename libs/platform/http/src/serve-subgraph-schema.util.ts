import type { Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import type { RequestContext } from '@sightline/platform-graphql';
import { createGraphQLApp } from './create-graphql-app.util';
import type { Logger } from './create-logger.util';
import { graphqlMetricsPlugin } from './graphql-metrics.plugin';
import { HttpMetrics } from './http-metrics';
import { closeServer, listen } from './listen.util';
import type { HealthCheck } from './operational-routes';

export interface SubgraphServerOptions {
  schema: GraphQLSchema;
  port: number;
  host: string;
  logger: Logger;
  health: HealthCheck;
}

export interface SubgraphServer {
  server: Server;
  /** Stops accepting requests and waits for Apollo to finish the ones under way. */
  stop(): Promise<void>;
}

/** Serves one subgraph schema over HTTP (`/graphql`, `/healthz`, `/metrics`) for split deployments. */
export async function serveSubgraphSchema(options: SubgraphServerOptions): Promise<SubgraphServer> {
  const metrics = new HttpMetrics();
  const apollo = new ApolloServer<RequestContext>({
    schema: options.schema,
    plugins: [graphqlMetricsPlugin(metrics, options.logger)],
    logger: options.logger,
  });
  await apollo.start();
  const server = await listen(createGraphQLApp({ apollo, health: options.health, metrics }), options.port, options.host);
  return {
    server,
    stop: async () => {
      await closeServer(server);
      await apollo.stop();
    },
  };
}
