import type { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { Express, Request, Router } from 'express';
import type { RequestContext } from '@sightline/platform-graphql';
import type { HttpMetrics } from './http-metrics';
import { graphqlLimits } from './graphql-limits';
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
  /** Largest accepted request body. */
  bodyLimit?: string;
  /** Express `trust proxy` (behind a reverse proxy: so req.ip is the client, not the proxy). */
  trustProxy?: string | number;
}

/** An express app serving `/graphql` (Apollo, already started), `/healthz`, `/readyz` and `/metrics`. */
export function createGraphQLApp(options: GraphQLAppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  if (options.trustProxy !== undefined) app.set('trust proxy', options.trustProxy);
  app.use((req, res, next) => {
    res.on('finish', () => options.metrics.httpRequests.inc({ route: req.path === '/graphql' ? '/graphql' : req.path.slice(0, 32), status: res.statusCode }));
    next();
  });
  app.use(operationalRoutes(options.health, options.metrics, options.readiness));
  if (options.routes) app.use(options.routes);
  app.use(
    '/graphql',
    express.json({ limit: options.bodyLimit ?? graphqlLimits.bodyLimit }),
    expressMiddleware(options.apollo, { context: async ({ req }) => options.context(req) }),
  );
  return app;
}
