import { buildSchema, parse, validate } from 'graphql';
import { costLimitRule } from './cost-limit.rule';

const schema = buildSchema(`
  type Query { snapshots(first: Int): SnapshotConnection! status: Status! }
  type Status { name: String! }
  type SnapshotConnection { edges: [SnapshotEdge!]! totalCount: Int! }
  type SnapshotEdge { node: Snapshot! }
  type Snapshot { id: ID! users(first: Int): UserConnection! }
  type UserConnection { edges: [UserEdge!]! }
  type UserEdge { node: User! }
  type User { key: String! login: String }
`);

const costOf = (query: string, maxCost = 1) => {
  const [error] = validate(schema, parse(query), [costLimitRule({ maxCost })]);
  return error?.extensions?.cost as number | undefined;
};

describe('costLimitRule', () => {
  it.each([
    ['{ status { name } }', undefined],
    ['{ snapshots(first: 2) { totalCount } }', 3],
    ['{ snapshots(first: 10) { edges { node { id } } } }', 31],
    ['{ snapshots { edges { node { id } } } }', 151],
    ['query($n: Int) { snapshots(first: $n) { edges { node { id } } } }', 1501],
    ['{ snapshots(first: 10) { edges { node { users(first: 100) { edges { node { key login } } } } } } }', 4031],
    ['{ ...F } fragment F on Query { snapshots(first: 10) { edges { node { id } } } }', 31],
  ])('prices %s at %s', (query, expected) => {
    expect(costOf(query, expected === undefined ? 10 : 1)).toBe(expected === undefined ? undefined : expected);
  });

  it('accepts what fits and names the limit when rejecting', () => {
    const query = parse('{ snapshots(first: 500) { edges { node { users(first: 500) { edges { node { key } } } } } } }');
    expect(validate(schema, query, [costLimitRule({ maxCost: 1_000_000 })])).toEqual([]);
    const [error] = validate(schema, query, [costLimitRule({ maxCost: 100_000 })]);
    expect(error.message).toMatch(/^operation cost \d+ exceeds the limit of 100000/);
    expect(error.extensions.code).toBe('COST_LIMIT_EXCEEDED');
  });
});
