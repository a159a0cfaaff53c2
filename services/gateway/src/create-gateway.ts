import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Express } from 'express';
import type { RequestContext } from '@sightline/platform-graphql';
import { createGraphQLApp, graphqlMetricsPlugin, graphqlProtection } from '@sightline/platform-http';
import type { HealthCheck, HttpMetrics, Logger } from '@sightline/platform-http';
import { subgraphDataSource } from './subgraph-data-sources';
import type { SubgraphWiring } from './subgraph-data-sources';

export interface GatewayOptions {
  supergraphSdl: string;
  subgraphs: SubgraphWiring;
  health: HealthCheck;
  metrics: HttpMetrics;
  logger: Logger;
  production: boolean;
}

export interface Gateway {
  app: Express;
  stop(): Promise<void>;
}

/**
 * The federated gateway: a static supergraph (no runtime composition, no polling) whose subgraphs
 * run in-process by default or over HTTP when their URL is configured.
 */
export async function createGateway(options: GatewayOptions): Promise<Gateway> {
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name }) => subgraphDataSource(name, options.subgraphs),
  });
  const protection = graphqlProtection(options.production);
  const apollo = new ApolloServer<RequestContext>({
    gateway,
    introspection: !options.production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: !options.production,
    validationRules: protection.validationRules,
    plugins: [
      ...protection.plugins,
      graphqlMetricsPlugin(options.metrics, options.logger),
      ...(options.production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
    logger: options.logger,
  });
  await apollo.start();
  const app = createGraphQLApp({ apollo, health: options.health, metrics: options.metrics });
  return { app, stop: () => apollo.stop() };
}
