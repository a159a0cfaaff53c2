export { createGateway } from './create-gateway';
export type { Gateway, GatewayOptions } from './create-gateway';
export { readSupergraph, supergraphPath } from './supergraph';
export type { LocalSubgraph, SubgraphWiring } from './subgraph-data-sources';
