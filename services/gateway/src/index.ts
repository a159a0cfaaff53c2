export { createGateway } from './create-gateway';
export type { Gateway, GatewayAuthentication, GatewayOptions } from './create-gateway';
export { TenantDirectory } from './authentication/tenant-directory';
export type { Tenant } from './authentication/tenant-directory';
export { sessionCookieName } from './authentication/request-credential.util';
export { readSupergraph, supergraphPath } from './supergraph';
export type { LocalSubgraph, SubgraphWiring } from './subgraph-data-sources';
