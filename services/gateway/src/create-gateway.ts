import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Express } from 'express';
import type { AuditLog } from '@sightline/platform-audit';
import type { Authenticator, LocalUserService, SessionService } from '@sightline/platform-auth';
import type { RequestContext } from '@sightline/platform-graphql';
import { auditTrailPlugin, createGraphQLApp, graphqlMetricsPlugin, graphqlProtection } from '@sightline/platform-http';
import type { HealthCheck, HttpMetrics, Logger, ReadinessCheck } from '@sightline/platform-http';
import { requestAuthentication } from './authentication/request-authentication';
import { sessionRoutes } from './authentication/session-routes';
import type { TenantDirectory } from './authentication/tenant-directory';
import { subgraphDataSource } from './subgraph-data-sources';
import type { SubgraphWiring } from './subgraph-data-sources';

export interface GatewayAuthentication {
  authenticator: Authenticator;
  users: LocalUserService;
  sessions: SessionService;
  tenants: TenantDirectory;
  /** Signs the principal for subgraphs served over HTTP (gatewayAssertionKey of the secret key). */
  assertionKey: Buffer;
}

export interface GatewayOptions {
  supergraphSdl: string;
  subgraphs: SubgraphWiring;
  authentication: GatewayAuthentication;
  audit: AuditLog;
  health: HealthCheck;
  /** `/readyz` beyond the health checks (e.g. demo data still being seeded). */
  readiness?: ReadinessCheck;
  metrics: HttpMetrics;
  logger: Logger;
  production: boolean;
  /** Express `trust proxy` for deployments behind a reverse proxy. */
  trustProxy?: string | number;
  /** Time one GraphQL operation may run (default graphqlLimits.queryTimeBudgetMs). */
  queryTimeBudgetMs?: number;
  /** Bearer token of `/metrics`; without one, `/metrics` answers loopback clients only. */
  metricsToken?: string;
}

export interface Gateway {
  app: Express;
  stop(): Promise<void>;
}

/**
 * The federated gateway: authenticates every request (API token, OIDC JWT or session cookie),
 * serves a static supergraph (no runtime composition, no polling) whose subgraphs run in-process by
 * default or over HTTP when their URL is configured, and audits personal data that leaves it.
 */
export async function createGateway(options: GatewayOptions): Promise<Gateway> {
  const auth = options.authentication;
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name }) => subgraphDataSource(name, options.subgraphs, auth.assertionKey),
  });
  const protection = graphqlProtection({ production: options.production, queryTimeBudgetMs: options.queryTimeBudgetMs });
  const appendAll = async (entries: Parameters<AuditLog['append']>[0][]) => {
    for (const entry of entries) await options.audit.append(entry);
  };
  const apollo = new ApolloServer<RequestContext>({
    gateway,
    introspection: !options.production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: !options.production,
    validationRules: protection.validationRules,
    parseOptions: protection.parseOptions,
    plugins: [
      ...protection.plugins,
      graphqlMetricsPlugin(options.metrics, options.logger),
      auditTrailPlugin(appendAll, options.logger),
      ...(options.production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
    logger: options.logger,
  });
  await apollo.start();
  const audit = (entry: Parameters<AuditLog['append']>[0]) => options.audit.append(entry);
  const app = createGraphQLApp({
    apollo,
    health: options.health,
    readiness: options.readiness,
    metrics: options.metrics,
    context: requestAuthentication({ authenticator: auth.authenticator, tenants: auth.tenants, audit }),
    trustProxy: options.trustProxy,
    metricsToken: options.metricsToken,
    production: options.production,
    logger: options.logger,
    routePaths: ['/auth/login', '/auth/logout'],
    routes: sessionRoutes({ users: auth.users, sessions: auth.sessions, audit, secureCookies: options.production, logger: options.logger }),
  });
  return { app, stop: () => apollo.stop() };
}
