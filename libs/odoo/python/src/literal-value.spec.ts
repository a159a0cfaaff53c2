import { literalValue } from './literal-value.util';
import { parsePythonExpression } from './parse-python-expression.util';
import { PyTuple } from './py-value.type';
import { PythonEvaluationError } from './python-evaluation.error';

const value = (text: string) => literalValue(parsePythonExpression(text));

describe('literalValue', () => {
  it.each([
    ["'x'", 'x'],
    ['12', 12],
    ['-3.5', -3.5],
    ['+2', 2],
    ['True', true],
    ['None', null],
    ['[1, [2]]', [1, [2]]],
    ['(1, 2)', new PyTuple([1, 2])],
    ['()', new PyTuple([])],
    ["{'a': (1,), 'b': {'c': None}}", { a: new PyTuple([1]), b: { c: null } }],
    ["{1: 'int', 1.0: 'float', True: 'bool', None: 'none'}", { '1': 'int', '1.0': 'float', True: 'bool', None: 'none' }],
    ["{'__proto__': 1}", JSON.parse('{"__proto__": 1}')],
    ["{'a/static/*', 'b'}", new Set(['a/static/*', 'b'])],
    ['set()', new Set()],
    ["b'bytes' b'more'", 'bytesmore'],
    ["('implicit'\n 'concatenation')", 'implicitconcatenation'],
    ["{(1, 'a'): 3}", { "(1, 'a')": 3 }],
    ['-(1)', -1],
  ])('%s', (text, expected) => {
    expect(value(text)).toEqual(expected);
  });

  it('keeps tuples distinguishable from lists', () => {
    expect(value('(1, 2)')).toBeInstanceOf(PyTuple);
    expect(Array.isArray(value('[1, 2]'))).toBe(true);
    expect(JSON.stringify(value("[(4, 'x')]"))).toBe('[{"$tuple":[4,"x"]}]');
  });

  it.each([
    ["[(4, ref('x'))]", "<string>:1:6: not a literal: call `ref('x')`"],
    ['[a]', '<string>:1:2: not a literal: name `a`'],
    ['1 + 2', '<string>:1:1: not a literal: binary `1 + 2`'],
    ['-x', '<string>:1:1: not a literal: unary `-x`'],
    ['set([1])', '<string>:1:1: not a literal: call `set([1])`'],
    ['{**a}', '<string>:1:4: not a literal: name `a` unpacked with **'],
    ['{[1]: 3}', '<string>:1:2: unhashable dict key: list `[1]`'],
    ["f'x'", "<string>:1:1: not a literal: fstring `f'x'` (an f-string is formatted at run time)"],
    ["['a', f'{b}']", "<string>:1:7: not a literal: fstring `f'{b}'` (an f-string is formatted at run time)"],
    ["'a' f'{b}'", "<string>:1:1: not a literal: fstring `f'a{b}'` (an f-string is formatted at run time)"],
    ["{f'{k}': 1}", "<string>:1:2: not a literal: fstring `f'{k}'` (an f-string is formatted at run time)"],
  ])('refuses %s', (text, message) => {
    expect(() => value(text)).toThrow(PythonEvaluationError);
    expect(() => value(text)).toThrow(message);
  });

  it('names the file and absolute position of the offending node', () => {
    const node = parsePythonExpression("[\n  (4, ref('x'))]", { file: 'data.xml', line: 7, column: 20 });
    expect(() => literalValue(node)).toThrow("data.xml:8:7: not a literal: call `ref('x')`");
  });
});
