import 'reflect-metadata';
export { createIdentitySubgraph, identitySubgraphName } from './identity-subgraph';
export type { IdentityOptions, IdentitySubgraph } from './identity-subgraph';
