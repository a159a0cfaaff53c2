import type { Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import { AuditLog, openAuditDatabase } from '@sightline/platform-audit';
import { gatewayAssertionKey } from '@sightline/platform-auth';
import { assertDatabaseReachable } from '@sightline/platform-db';
import type { RequestContext } from '@sightline/platform-graphql';
import { auditTrailPlugin } from './audit-trail.plugin';
import { createGraphQLApp } from './create-graphql-app.util';
import type { Logger } from './create-logger.util';
import { gatewayAssertionContext } from './gateway-assertion-context';
import { graphqlMetricsPlugin } from './graphql-metrics.plugin';
import { graphqlLimits } from './graphql-limits';
import { HttpMetrics } from './http-metrics';
import { closeServer, listen } from './listen.util';
import type { HealthCheck } from './operational-routes';
import { queryTimeBudgetPlugin } from './query-time-budget.plugin';

export interface SubgraphServerOptions {
  schema: GraphQLSchema;
  port: number;
  host: string;
  logger: Logger;
  /** Default: the database answers within 2 s. */
  health?: HealthCheck;
  /** The database whose audit log receives what this subgraph returns (the platform's one database). */
  databaseUrl: string;
  /** The platform secret key the gateway shares: only requests it vouches for are served. */
  secretKey: Buffer;
  /** The subgraph's own audit log, when it keeps one open already; else one is opened on `databaseUrl`. */
  audit?: AuditLog;
  /** Time one operation may run here (default graphqlLimits.queryTimeBudgetMs). */
  queryTimeBudgetMs?: number;
  /** Bearer token of `/metrics`; without one, `/metrics` answers loopback clients only. */
  metricsToken?: string;
  /** Production: strict security headers. */
  production?: boolean;
}

export interface SubgraphServer {
  server: Server;
  /** Stops accepting requests and waits for Apollo to finish the ones under way. */
  stop(): Promise<void>;
}

/**
 * Serves one subgraph schema over HTTP (`/graphql`, `/healthz`, `/metrics`) for split deployments:
 * behind the gateway, whose signed assertion carries the principal, and auditing its own answers.
 */
export async function serveSubgraphSchema(options: SubgraphServerOptions): Promise<SubgraphServer> {
  const metrics = new HttpMetrics();
  const auditDb = options.audit ? undefined : await openAuditDatabase(options.databaseUrl, 2);
  const audit = options.audit ?? new AuditLog(auditDb!);
  const append = async (entries: Parameters<AuditLog['append']>[0][]) => {
    for (const entry of entries) await audit.append(entry);
  };
  const apollo = new ApolloServer<RequestContext>({
    schema: options.schema,
    plugins: [
      graphqlMetricsPlugin(metrics, options.logger),
      auditTrailPlugin(append, options.logger),
      queryTimeBudgetPlugin(options.queryTimeBudgetMs ?? graphqlLimits.queryTimeBudgetMs),
    ],
    logger: options.logger,
  });
  await apollo.start();
  const context = gatewayAssertionContext(gatewayAssertionKey(options.secretKey));
  const health: HealthCheck = options.health ?? (async () => {
    await assertDatabaseReachable(options.databaseUrl, 'database', 2000);
    return { database: 'url' };
  });
  const server = await listen(createGraphQLApp({ apollo, health, metrics, context, logger: options.logger, metricsToken: options.metricsToken, production: options.production }), options.port, options.host);
  return {
    server,
    stop: async () => {
      await closeServer(server);
      await apollo.stop();
      await auditDb?.destroy();
    },
  };
}
