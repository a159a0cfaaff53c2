export { postGraphQL } from './post-graphql';
export type { GraphQLResponse } from './post-graphql';
