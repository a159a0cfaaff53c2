import { buildSchema, parse, validate } from 'graphql';
import type { OperationDefinitionNode } from 'graphql';
import { inputLimitsRule, badVariableInput } from './input-limits.rule';

const schema = buildSchema(`
  scalar JSON
  input Change { kind: String! keys: [String!] }
  type Query { whatIf(changes: [Change!]!): Int! audit(actions: [String!]): Int! snapshot(id: ID!): Int users(search: String): Int }
  type Mutation { importSnapshot(document: JSON!): Int! }
`);
const options = { maxLength: 5, limits: { 'Query.whatIf.changes': 2 } };
const changes = (n: number) => `[${Array.from({ length: n }, () => '{ kind: "ADD" }').join(', ')}]`;
const errorsOf = (query: string) => validate(schema, parse(query), [inputLimitsRule(options)]);
const operationOf = (query: string) => parse(query).definitions[0] as OperationDefinitionNode;

describe('inputLimitsRule', () => {
  it('accepts lists up to the limit of their argument', () => {
    expect(errorsOf(`{ whatIf(changes: ${changes(2)}) }`)).toEqual([]);
    expect(errorsOf('{ audit(actions: ["a", "b", "c", "d", "e"]) }')).toEqual([]);
  });

  it('refuses a longer literal list, naming the argument', () => {
    const [error] = errorsOf(`{ whatIf(changes: ${changes(3)}) }`);
    expect(error.message).toBe('changes: at most 2 entries per request, got 3');
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'changes' });
    expect(errorsOf('{ whatIf(changes: [{ kind: "x", keys: ["1", "2", "3", "4", "5", "6"] }]) }')[0].message)
      .toBe('changes[0].keys: at most 2 entries per request, got 6');
  });

  it('refuses a longer list in a variable, naming the argument and the variable', () => {
    const operation = operationOf('query($c: [Change!]!) { whatIf(changes: $c) }');
    expect(badVariableInput(schema, operation, { c: [{ kind: 'a' }, { kind: 'b' }] }, options)).toBeUndefined();
    const error = badVariableInput(schema, operation, { c: Array.from({ length: 1500 }, () => ({ kind: 'a' })) }, options);
    expect(error?.message).toBe('changes (variable $c): at most 2 entries per request, got 1500');
  });

  it('does not count arrays inside JSON values', () => {
    const operation = operationOf('mutation($d: JSON!) { importSnapshot(document: $d) }');
    expect(badVariableInput(schema, operation, { d: { groups: Array.from({ length: 100 }, (_, i) => i) } }, options)).toBeUndefined();
    expect(errorsOf('mutation { importSnapshot(document: { groups: [1, 2, 3, 4, 5, 6, 7] }) }')).toEqual([]);
  });
});

describe('inputLimitsRule on strings and ids', () => {
  const id = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';

  it('refuses a NUL character in any string argument, written or in a variable, naming the argument', () => {
    expect(errorsOf('{ users(search: "a\\u0000b") }')[0].message).toBe('search: must not contain a NUL character');
    expect(errorsOf('{ audit(actions: ["ok", "a\\u0000"]) }')[0].message).toBe('actions[1]: must not contain a NUL character');
    const operation = operationOf('query($s: String) { users(search: $s) }');
    expect(badVariableInput(schema, operation, { s: 'x\u0000' }, options)?.message).toBe('search (variable $s): must not contain a NUL character');
    expect(badVariableInput(schema, operation, { s: 'x' }, options)).toBeUndefined();
  });

  it('refuses an ID that is not a UUID', () => {
    expect(errorsOf(`{ snapshot(id: "${id}") }`)).toEqual([]);
    const [error] = errorsOf('{ snapshot(id: "1 or 1=1") }');
    expect(error.message).toBe('id: expected a UUID');
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
    const operation = operationOf('query($i: ID!) { snapshot(id: $i) }');
    expect(badVariableInput(schema, operation, { i: 'nope' }, options)?.message).toBe('id (variable $i): expected a UUID');
    expect(badVariableInput(schema, operation, { i: id }, options)).toBeUndefined();
  });
});
