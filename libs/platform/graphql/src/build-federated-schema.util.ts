import 'reflect-metadata';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { GraphQLError, isObjectType, parse } from 'graphql';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap } from 'type-graphql';
import type { BuildSchemaOptions } from 'type-graphql';
import { authorizationChecker } from './authorization';
import { assertWithinQueryTimeBudget } from './query-time-budget';
import type { RequestContext } from './request-context';

const federationLink =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible"])';

/**
 * Builds a Federation 2 subgraph schema from type-graphql resolvers: type-graphql produces the
 * schema (with `@Directive('@key(fields: "id")')` on entities), @apollo/subgraph adds `_entities`
 * and `_service`, and `referenceResolvers` supply `__resolveReference` per entity type. Every
 * resolver first checks the request's time budget, so a spent budget stops the work (lists of
 * groups, users…) between resolvers instead of running to the end, and PostgreSQL errors it meets
 * reach the client as a generic internal error with a correlation id.
 */
export async function buildFederatedSchema(
  options: Omit<BuildSchemaOptions, 'skipCheck' | 'authChecker' | 'authMode'>,
  referenceResolvers: GraphQLResolverMap<unknown> = {},
): Promise<GraphQLSchema> {
  const schema = await buildSchema({ ...options, skipCheck: true, validate: false, authChecker: authorizationChecker, authMode: 'error' });
  const resolvers = createResolversMap(schema) as GraphQLResolverMap<unknown>;
  for (const [typeName, resolver] of Object.entries(referenceResolvers)) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), ...(resolver as object) };
  }
  for (const [typeName, fields] of Object.entries(resolvers)) {
    if (isObjectType(schema.getType(typeName)) || typeName === 'Query' || typeName === 'Mutation') {
      resolvers[typeName] = withinBudget(fields as Record<string, unknown>) as GraphQLResolverMap<unknown>[string];
    }
  }
  return buildSubgraphSchema({
    typeDefs: parse(`${federationLink}\n${printSchemaWithDirectives(schema)}`),
    resolvers,
  });
}

type AnyResolver = (source: unknown, ...rest: unknown[]) => unknown;

/** A PostgreSQL error (pg's DatabaseError: SQLSTATE `code` and `severity`) or TypeORM's wrapper of one. */
function isDatabaseError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const { name, code, severity } = error as { name?: unknown; code?: unknown; severity?: unknown };
  return name === 'QueryFailedError' || (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) && typeof severity === 'string');
}

/**
 * An unexpected database error becomes a generic INTERNAL_SERVER_ERROR naming the request (its id
 * is the correlation id of the server-side log line); the client never reads PostgreSQL's message.
 */
function withoutDatabaseDetails(error: unknown, context: unknown): unknown {
  if (error instanceof GraphQLError || !isDatabaseError(error)) return error;
  const request = context as Partial<Pick<RequestContext, 'requestId' | 'reportInternalError'>> | undefined;
  const reference = request?.requestId ?? 'unknown';
  request?.reportInternalError?.(error);
  return new GraphQLError(`internal error (reference ${reference})`, { extensions: { code: 'INTERNAL_SERVER_ERROR', reference } });
}

/** The type's resolvers, each checking the request's time budget before it runs. */
function withinBudget(fields: Record<string, unknown>): Record<string, unknown> {
  const wrap = (resolve: AnyResolver, contextIndex: number): AnyResolver => function budgeted(this: unknown, ...args: unknown[]) {
    const context = args[contextIndex];
    assertWithinQueryTimeBudget(context);
    let result: unknown;
    try {
      result = resolve.apply(this, args as [unknown, ...unknown[]]);
    } catch (error) {
      throw withoutDatabaseDetails(error, context);
    }
    if (result instanceof Promise) return result.catch((error: unknown) => { throw withoutDatabaseDetails(error, context); });
    return result;
  };
  const wrapped: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(fields)) {
    if (name === '__resolveReference' && typeof value === 'function') {
      wrapped[name] = wrap(value as AnyResolver, 1); // (reference, context, info)
    } else if (name.startsWith('__')) {
      wrapped[name] = value;
    } else if (typeof value === 'function') {
      wrapped[name] = wrap(value as AnyResolver, 2); // (source, args, context, info)
    } else if (value && typeof value === 'object' && typeof (value as { resolve?: unknown }).resolve === 'function') {
      wrapped[name] = { ...value, resolve: wrap((value as { resolve: AnyResolver }).resolve, 2) };
    } else {
      wrapped[name] = value;
    }
  }
  return wrapped;
}
