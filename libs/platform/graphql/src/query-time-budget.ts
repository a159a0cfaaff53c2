import { GraphQLError } from 'graphql';

export const queryTimeBudgetExceededCode = 'QUERY_TIME_BUDGET_EXCEEDED';

/**
 * How long one GraphQL operation may still run. JavaScript cannot interrupt synchronous work, so
 * resolvers check it (every resolver of a federated schema does, through buildFederatedSchema)
 * and stop resolving once it is spent; the request then answers one QUERY_TIME_BUDGET_EXCEEDED error.
 */
export interface QueryTimeBudget {
  readonly budgetMs: number;
  /** Aborted when the budget is spent (a timer), for work that can take a signal. */
  readonly signal: AbortSignal;
  /** True once the budget is spent (by the timer or the clock, whichever notices first). */
  spent(): boolean;
  /** Stops the timer (the request is answered). */
  release(): void;
}

/** The operation ran out of time: code QUERY_TIME_BUDGET_EXCEEDED. */
export class QueryTimeBudgetExceededError extends GraphQLError {
  constructor(budgetMs: number) {
    super(`the operation exceeded its time budget of ${budgetMs} ms: ask for fewer or smaller lists`, {
      extensions: { code: queryTimeBudgetExceededCode, budgetMs },
    });
  }
}

/** A budget of `budgetMs` from now; `now` (milliseconds, monotonic) is replaceable for tests. */
export function createQueryTimeBudget(budgetMs: number, now: () => number = () => performance.now()): QueryTimeBudget {
  const controller = new AbortController();
  const deadline = now() + budgetMs;
  const timer = setTimeout(() => controller.abort(new QueryTimeBudgetExceededError(budgetMs)), budgetMs);
  timer.unref?.();
  return {
    budgetMs,
    signal: controller.signal,
    spent: () => controller.signal.aborted || now() >= deadline,
    release: () => clearTimeout(timer),
  };
}

/** Throws QueryTimeBudgetExceededError when the request's budget (if it has one) is spent. */
export function assertWithinQueryTimeBudget(context: unknown): void {
  const budget = (context as { queryTimeBudget?: QueryTimeBudget } | null | undefined)?.queryTimeBudget;
  if (budget?.spent()) throw new QueryTimeBudgetExceededError(budget.budgetMs);
}
