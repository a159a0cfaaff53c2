import { ApolloServer } from '@apollo/server';
import { GraphQLInt, GraphQLList, GraphQLObjectType, GraphQLSchema } from 'graphql';
import type { GraphQLFieldConfig } from 'graphql';
import { assertWithinQueryTimeBudget } from '@sightline/platform-graphql';
import type { RequestContext } from '@sightline/platform-graphql';
import { queryTimeBudgetPlugin } from './query-time-budget.plugin';

/** Every `items` list advances a fake clock by 10 ms and checks the budget first, as federated resolvers do. */
function schemaOn(clock: { now: number }): GraphQLSchema {
  const item: GraphQLObjectType = new GraphQLObjectType({
    name: 'Item',
    fields: () => ({ n: { type: GraphQLInt }, items: items() }),
  });
  const items = (): GraphQLFieldConfig<unknown, unknown> => ({
    type: new GraphQLList(item),
    resolve: async (_source, _args, context) => {
      assertWithinQueryTimeBudget(context);
      clock.now += 10;
      return Array.from({ length: 5 }, (_, n) => ({ n }));
    },
  });
  return new GraphQLSchema({ query: new GraphQLObjectType({ name: 'Query', fields: { items: items() } }) });
}

describe('queryTimeBudgetPlugin', () => {
  const run = async (budgetMs: number) => {
    const clock = { now: 0 };
    const server = new ApolloServer<RequestContext>({ schema: schemaOn(clock), plugins: [queryTimeBudgetPlugin(budgetMs, () => clock.now)] });
    await server.start();
    try {
      const response = await server.executeOperation(
        { query: '{ items { n items { n items { n items { n } } } } }' },
        { contextValue: {} as RequestContext },
      );
      return response.body.kind === 'single' ? response.body.singleResult : undefined;
    } finally {
      await server.stop();
    }
  };

  it('answers the whole result while the budget lasts', async () => {
    const result = await run(10_000);
    expect(result?.errors).toBeUndefined();
  });

  it('answers one QUERY_TIME_BUDGET_EXCEEDED error and no data once the budget is spent', async () => {
    const result = await run(50);
    expect(result?.data).toBeNull();
    expect(result?.errors).toEqual([
      { message: 'the operation exceeded its time budget of 50 ms: ask for fewer or smaller lists', extensions: { code: 'QUERY_TIME_BUDGET_EXCEEDED', budgetMs: 50 } },
    ]);
  });
});
