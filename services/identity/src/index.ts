import 'reflect-metadata';
export { createIdentitySubgraph, identitySubgraphName } from './identity-subgraph';
export type { IdentityOptions, IdentitySubgraph } from './identity-subgraph';
export { serveIdentitySubgraph } from './serve-identity-subgraph';
export type { StandaloneIdentitySubgraph } from './serve-identity-subgraph';
