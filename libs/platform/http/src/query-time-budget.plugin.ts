import type { ApolloServerPlugin } from '@apollo/server';
import { createQueryTimeBudget, queryTimeBudgetExceededCode, QueryTimeBudgetExceededError } from '@sightline/platform-graphql';
import type { RequestContext } from '@sightline/platform-graphql';

/**
 * Gives every operation a time budget (`context.queryTimeBudget`): once it is spent, resolvers of
 * federated schemas stop resolving (see buildFederatedSchema), and the answer is one
 * QUERY_TIME_BUDGET_EXCEEDED error instead of a partial result with one error per field.
 * `now` (monotonic milliseconds) is replaceable for tests.
 */
export function queryTimeBudgetPlugin(budgetMs: number, now?: () => number): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ contextValue }) {
      if (!contextValue || budgetMs <= 0) return {};
      const budget = createQueryTimeBudget(budgetMs, now);
      contextValue.queryTimeBudget = budget;
      return {
        async willSendResponse({ response }) {
          budget.release();
          if (response.body.kind !== 'single') return;
          const exceeded = response.body.singleResult.errors?.some((error) => error.extensions?.code === queryTimeBudgetExceededCode);
          if (!exceeded) return;
          const error = new QueryTimeBudgetExceededError(budgetMs);
          response.body.singleResult = { data: null, errors: [{ message: error.message, extensions: error.extensions }] };
        },
      };
    },
  };
}
