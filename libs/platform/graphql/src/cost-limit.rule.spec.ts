import { buildSchema, getIntrospectionQuery, parse, validate } from 'graphql';
import { costLimitRule } from './cost-limit.rule';

const schema = buildSchema(`
  type Query { snapshots(first: Int): SnapshotConnection! status: Status! }
  type Status { name: String! }
  type SnapshotConnection { edges: [SnapshotEdge!]! totalCount: Int! }
  type SnapshotEdge { node: Snapshot! }
  type Snapshot { id: ID! users(first: Int): UserConnection! group(xmlid: String!): Group }
  type UserConnection { edges: [UserEdge!]! }
  type UserEdge { node: User! }
  type User { key: String! login: String groups: [Group!]! tags: [String!]! }
  type Group { xmlid: String! implied: [Group!]! implying: [Group!]! }
`);

const listSizes = { 'Group.implied': 5, 'Group.implying': 20 };

const costOf = (query: string, maxCost = 1) => {
  const [error] = validate(schema, parse(query), [costLimitRule({ maxCost, listSizes, defaultListSize: 10 })]);
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
    // plain lists of objects multiply by their declared bound (or the default), lists of scalars do not
    ['{ snapshots(first: 1) { edges { node { group(xmlid: "g") { implied { xmlid } } } } } }', 1 + 1 + 1 + 1 + 1 + 5],
    ['{ snapshots(first: 1) { edges { node { group(xmlid: "g") { implying { implied { xmlid } } } } } } }', 5 + 20 + 20 * 5],
    ['{ snapshots(first: 2) { edges { node { users(first: 3) { edges { node { tags groups { xmlid } } } } } } } }', 1 + 2 + 2 + 2 + 6 + 6 + 6 + 6 + 6 * 10],
  ])('prices %s at %s', (query, expected) => {
    expect(costOf(query, expected === undefined ? 10 : 1)).toBe(expected === undefined ? undefined : expected);
  });

  it('prices alternating implying/implied nesting as the rows it can return and refuses it before it runs', () => {
    const nest = (levels: number) => `{ snapshots(first: 1) { edges { node { group(xmlid: "g") ${'{ implying { implied '.repeat(levels)}{ xmlid }${' } }'.repeat(levels)} } } } }`;
    const costs = [1, 2, 3].map((levels) => {
      const [error] = validate(schema, parse(nest(levels)), [costLimitRule({ maxCost: 1, listSizes })]);
      return error.extensions.cost as number;
    });
    expect(costs[1] / costs[0]).toBeGreaterThanOrEqual(90);
    expect(costs[2] / costs[1]).toBeGreaterThanOrEqual(90);
    const [error] = validate(schema, parse(nest(6)), [costLimitRule({ maxCost: 200_000, listSizes })]);
    expect(error.extensions.code).toBe('COST_LIMIT_EXCEEDED');
  });

  it('refuses fragments that expand exponentially without walking all of them', () => {
    const fragments = Array.from({ length: 40 }, (_, i) => `fragment F${i} on Query { ${i === 39 ? 'status { name }' : `...F${i + 1} ...F${i + 1}`} }`);
    const query = parse(`{ ...F0 } ${fragments.join(' ')}`);
    const [error] = validate(schema, query, [costLimitRule({ maxCost: 200_000 })]);
    expect(error.extensions.code).toBe('COST_LIMIT_EXCEEDED');
  });

  it('does not multiply introspection lists (bounded by the schema)', () => {
    expect(validate(schema, parse(getIntrospectionQuery()), [costLimitRule({ maxCost: 2_000, listSizes })])).toEqual([]);
  });

  it('accepts what fits and names the limit when rejecting', () => {
    const query = parse('{ snapshots(first: 500) { edges { node { users(first: 500) { edges { node { key } } } } } } }');
    expect(validate(schema, query, [costLimitRule({ maxCost: 1_000_000 })])).toEqual([]);
    const [error] = validate(schema, query, [costLimitRule({ maxCost: 100_000 })]);
    expect(error.message).toMatch(/^operation cost \d+ exceeds the limit of 100000/);
    expect(error.extensions.code).toBe('COST_LIMIT_EXCEEDED');
  });
});
