export { postGraphQL } from './post-graphql';
export type { GraphQLResponse } from './post-graphql';
export { subgraphClient } from './subgraph-client';
export type { ActingAs } from './subgraph-client';
