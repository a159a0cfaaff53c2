import { ApolloArmor } from '@escape.tech/graphql-armor';
import { costLimitRule, inputLimitsRule } from '@sightline/platform-graphql';
import type { InputLimitsOptions } from '@sightline/platform-graphql';
import { inputLimitsPlugin } from './input-limits.plugin';
import { queryTimeBudgetPlugin } from './query-time-budget.plugin';

/**
 * Most items each plain list of objects can return, for the cost rule (connections are priced by
 * their page size instead). Conservative: stock Odoo 17/18/19 with every module installed has at
 * most 130 groups, a group implies at most 12 directly and 20 transitively and is implied by at most
 * 20; a 17 → 19 snapshot diff has at most 735 changes per collection; a model has a few dozen ACL
 * rows and record rules at most. Lists of scalars only (via paths, diff changes) cannot nest, so
 * their bound only weighs their own fields. A list of objects missing here
 * is priced at `defaultListSize` (services/gateway checks that every one of the supergraph is named).
 */
export const listSizes: Readonly<Record<string, number>> = {
  'OdooGroup.implied': 25,
  'OdooGroup.implying': 50,
  'OdooGroup.impliedClosure': 100,
  'OdooUser.groups': 100,
  'OdooUser.effectiveGroups': 200,
  'OdooField.groups': 20,
  'SnapshotDiff.counts': 20,
  'SnapshotDiff.modules': 2000,
  'SnapshotDiff.groups': 2000,
  'SnapshotDiff.implications': 2000,
  'SnapshotDiff.users': 2000,
  'SnapshotDiff.memberships': 2000,
  'SnapshotDiff.acls': 2000,
  'SnapshotDiff.rules': 2000,
  'SnapshotDiff.accessRows': 2000,
  'SnapshotDiff.models': 2000,
  'SnapshotDiff.fieldGroups': 2000,
  'SnapshotDiff.defaultUserGroups': 2000,
  'ExposureGrant.via': 20,
  'FieldExposure.via': 20,
  'FieldGroupsCheck.groups': 20,
  'GrantExplanation.grantingRows': 50,
  'GrantExplanation.rules': 50,
  'CoverageFinding.reasons': 10,
  'Me.tenants': 50,
  'Query.roleAssignments': 500,
};

/**
 * Limits every operation is checked against before it runs (graphql-armor validation rules plus
 * Sightline's cost and input-list rules) and while it runs (the time budget).
 * Sightline's own deepest queries (a snapshot's user → access → explanation) stay well inside.
 */
export const graphqlLimits = {
  maxDepth: 12,
  maxAliases: 15,
  maxDirectives: 50,
  maxTokens: 3000,
  /** Estimated resolved fields, with connections priced by their page size and lists by listSizes (see costLimitRule). */
  maxCost: 200_000,
  /** Bound assumed for a list of objects not in `listSizes`. */
  defaultListSize: 100,
  /** Most entries any input list may hold (whatIf's `changes`: see inputListLimits). */
  maxInputListLength: 1000,
  /** Time one GraphQL operation may run before it is aborted with QUERY_TIME_BUDGET_EXCEEDED. */
  queryTimeBudgetMs: 30_000,
  /** Largest accepted request body. */
  bodyLimit: '200kb',
  /** Time allowed for a whole request (headers and body received, answer sent). */
  requestTimeoutMs: 60_000,
} as const;

/** Input lists with their own limit, by `Type.field.argument`. */
export const inputListLimits: InputLimitsOptions = {
  maxLength: graphqlLimits.maxInputListLength,
  limits: { 'Query.whatIf.changes': 100 },
};

export interface GraphQLProtectionOptions {
  /** Hide field suggestions ("did you mean…") in production. */
  production: boolean;
  /** Time budget per operation (default graphqlLimits.queryTimeBudgetMs; 0: none). */
  queryTimeBudgetMs?: number;
}

/** Apollo Server options that enforce the limits; field suggestions are hidden in production. */
export function graphqlProtection(options: GraphQLProtectionOptions | boolean) {
  const { production, queryTimeBudgetMs = graphqlLimits.queryTimeBudgetMs } = typeof options === 'boolean' ? { production: options } : options;
  const armor = new ApolloArmor({
    maxDepth: { n: graphqlLimits.maxDepth },
    maxAliases: { n: graphqlLimits.maxAliases },
    maxDirectives: { n: graphqlLimits.maxDirectives },
    // armor's token limit parses inside a plugin hook, where any syntax error became a 500: graphql's
    // own parser counts the tokens instead (parseOptions below), and every syntax error answers 400.
    maxTokens: { enabled: false },
    // armor's cost ignores list sizes; costLimitRule below prices connections by their pages and
    // plain lists by their bounds (listSizes).
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  }).protect();
  return {
    ...armor,
    parseOptions: { maxTokens: graphqlLimits.maxTokens },
    plugins: [...armor.plugins, inputLimitsPlugin(inputListLimits), queryTimeBudgetPlugin(queryTimeBudgetMs)],
    validationRules: [
      ...armor.validationRules,
      costLimitRule({ maxCost: graphqlLimits.maxCost, listSizes, defaultListSize: graphqlLimits.defaultListSize }),
      inputLimitsRule(inputListLimits),
    ],
  };
}
