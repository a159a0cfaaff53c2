import 'reflect-metadata';
import { graphql } from 'graphql';
import { Arg, Field, FieldResolver, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { buildFederatedSchema } from './build-federated-schema.util';
import { createQueryTimeBudget, queryTimeBudgetExceededCode } from './query-time-budget';

@ObjectType()
class BudgetNode {
  @Field(() => Int) depth!: number;
}

/** Each list costs 10 ms of a fake clock: work that would run 11^4 resolvers without a budget. */
const clock = { now: 0, calls: 0 };

@Resolver(() => BudgetNode)
class BudgetNodeResolver {
  @Query(() => [BudgetNode])
  roots(@Arg('width', () => Int) width: number): BudgetNode[] {
    return Array.from({ length: width }, () => ({ depth: 0 }));
  }

  @FieldResolver(() => [BudgetNode])
  async children(@Root() node: BudgetNode): Promise<BudgetNode[]> {
    clock.calls += 1;
    clock.now += 10;
    await Promise.resolve();
    return Array.from({ length: 10 }, () => ({ depth: node.depth + 1 }));
  }
}

describe('query time budget', () => {
  const query = '{ roots(width: 10) { depth children { depth children { depth children { depth } } } } }';

  beforeEach(() => {
    clock.now = 0;
    clock.calls = 0;
  });

  it('lets resolvers of a federated schema stop once the budget is spent (no wall clock involved)', async () => {
    const schema = await buildFederatedSchema({ resolvers: [BudgetNodeResolver] });
    const unbounded = await graphql({ schema, source: query, contextValue: {} });
    expect(unbounded.errors).toBeUndefined();
    expect(clock.calls).toBe(10 + 100 + 1000);

    clock.calls = 0;
    const queryTimeBudget = createQueryTimeBudget(100, () => clock.now);
    const result = await graphql({ schema, source: query, contextValue: { queryTimeBudget } });
    queryTimeBudget.release();
    expect(result.errors?.length).toBeGreaterThan(0);
    expect(result.errors?.every((error) => error.extensions.code === queryTimeBudgetExceededCode)).toBe(true);
    // The 10 first-level lists run (they started together), then nothing deeper does.
    expect(clock.calls).toBeLessThanOrEqual(10);
  });

  it('aborts its signal when the timer runs out', async () => {
    const budget = createQueryTimeBudget(1);
    const aborted = new Promise<void>((resolve) => budget.signal.addEventListener('abort', () => resolve()));
    await aborted;
    expect(budget.spent()).toBe(true);
    expect((budget.signal.reason as Error).message).toMatch(/time budget of 1 ms/);
  });
});
