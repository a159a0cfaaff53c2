import type { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { Express, Request, Router } from 'express';
import helmet from 'helmet';
import type { RequestContext } from '@sightline/platform-graphql';
import type { Logger } from './create-logger.util';
import type { HttpMetrics } from './http-metrics';
import { graphqlLimits } from './graphql-limits';
import { httpErrorHandler, notFoundHandler } from './http-error-handler';
import { operationalRoutes } from './operational-routes';
import type { HealthCheck, ReadinessCheck } from './operational-routes';

/** Authenticates a request and builds its context; throws UnauthenticatedError (HTTP 401) or ForbiddenError. */
export type ContextFactory = (req: Request) => Promise<RequestContext>;

export interface GraphQLAppOptions {
  apollo: ApolloServer<RequestContext>;
  health: HealthCheck;
  /** `/readyz` beyond the health checks (default: ready when healthy). */
  readiness?: ReadinessCheck;
  metrics: HttpMetrics;
  context: ContextFactory;
  /** Routes mounted before `/graphql` (e.g. the gateway's `/auth` login and logout). */
  routes?: Router;
  /** Paths of `routes`, counted under their own label in the metrics (any other path is `other`). */
  routePaths?: readonly string[];
  /** Largest accepted request body. */
  bodyLimit?: string;
  /** Express `trust proxy` (behind a reverse proxy: so req.ip is the client, not the proxy). */
  trustProxy?: string | number;
  /** Bearer token of `/metrics`; without one, `/metrics` answers loopback clients only. */
  metricsToken?: string;
  /** Production: a strict Content-Security-Policy (development keeps Apollo's landing page working). */
  production?: boolean;
  /** Where unexpected errors are logged (with the request id the client is given). */
  logger?: Logger;
}

const operationalPaths = ['/graphql', '/healthz', '/readyz', '/metrics'];

/**
 * An express app serving `/graphql` (Apollo, already started), `/healthz`, `/readyz` and `/metrics`,
 * with security headers (helmet) on every answer and JSON errors without internals for anything
 * that fails before or outside Apollo (malformed or oversized bodies, unknown paths).
 */
export function createGraphQLApp(options: GraphQLAppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  if (options.trustProxy !== undefined) app.set('trust proxy', options.trustProxy);
  app.use(securityHeaders(options.production ?? false));
  const knownPaths = new Set([...operationalPaths, ...(options.routePaths ?? [])]);
  app.use((req, res, next) => {
    const path = pathOf(req.originalUrl);
    const route = knownPaths.has(path) ? path : 'other';
    res.on('finish', () => options.metrics.httpRequests.inc({ route, status: res.statusCode }));
    next();
  });
  app.use(operationalRoutes(options.health, options.metrics, options.readiness, { token: options.metricsToken }));
  if (options.routes) app.use(options.routes);
  app.use(
    '/graphql',
    express.json({ limit: options.bodyLimit ?? graphqlLimits.bodyLimit }),
    expressMiddleware(options.apollo, { context: async ({ req }) => options.context(req) }),
  );
  app.use(notFoundHandler());
  app.use(httpErrorHandler(options.logger));
  return app;
}

/**
 * helmet's headers for an API that will also serve the admin UI: nosniff, HSTS (a year, with
 * subdomains; browsers heed it over HTTPS only), frames refused (X-Frame-Options DENY and
 * `frame-ancestors 'none'`), no referrer, no cross-origin opener. The CSP is helmet's strict default
 * (same-origin scripts and styles) in production; in development only `frame-ancestors`, so Apollo's
 * landing page (scripts from its CDN) still loads. No `upgrade-insecure-requests`: a deployment on
 * plain HTTP inside a private network must keep working.
 */
function securityHeaders(production: boolean) {
  return helmet({
    contentSecurityPolicy: production
      ? { directives: { 'frame-ancestors': ["'none'"], 'upgrade-insecure-requests': null } }
      : { useDefaults: false, directives: { 'default-src': helmet.contentSecurityPolicy.dangerouslyDisableDefaultSrc, 'frame-ancestors': ["'none'"] } },
    xFrameOptions: { action: 'deny' },
    strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
  });
}

function pathOf(url: string): string {
  const end = url.search(/[?#]/);
  return end === -1 ? url : url.slice(0, end);
}
