export { createLogger } from './create-logger.util';
export type { Logger } from './create-logger.util';
export { HttpMetrics } from './http-metrics';
export { listen, closeServer } from './listen.util';
export { operationalRoutes } from './operational-routes';
export type { HealthCheck } from './operational-routes';
export { createGraphQLApp } from './create-graphql-app.util';
export type { GraphQLAppOptions } from './create-graphql-app.util';
export { graphqlMetricsPlugin } from './graphql-metrics.plugin';
