import { ApolloArmor } from '@escape.tech/graphql-armor';
import { costLimitRule } from '@sightline/platform-graphql';

/**
 * Limits every operation is checked against before it runs (graphql-armor validation rules).
 * Sightline's own deepest queries (a snapshot's user → access → explanation) stay well inside.
 */
export const graphqlLimits = {
  maxDepth: 12,
  maxAliases: 15,
  maxDirectives: 50,
  maxTokens: 3000,
  /** Estimated resolved fields, with connections priced by their page size (see costLimitRule). */
  maxCost: 200_000,
  /** Largest accepted request body. */
  bodyLimit: '200kb',
  /** Time allowed for a whole request (headers and body received, answer sent). */
  requestTimeoutMs: 60_000,
} as const;

/** Apollo Server options that enforce the limits; field suggestions are hidden in production. */
export function graphqlProtection(production: boolean) {
  const armor = new ApolloArmor({
    maxDepth: { n: graphqlLimits.maxDepth },
    maxAliases: { n: graphqlLimits.maxAliases },
    maxDirectives: { n: graphqlLimits.maxDirectives },
    maxTokens: { n: graphqlLimits.maxTokens },
    // armor's cost ignores list sizes; costLimitRule below prices connections by their pages.
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  }).protect();
  return { ...armor, validationRules: [...armor.validationRules, costLimitRule({ maxCost: graphqlLimits.maxCost })] };
}
