import { evaluatePython } from './evaluate-python.util';
import { parsePythonExpression } from './parse-python-expression.util';
import { PyKeywordArguments } from './py-keyword-arguments';
import { PyTuple } from './py-value.type';
import type { PythonEnvironment } from './python-environment.type';
import { PythonEvaluationError } from './python-evaluation.error';

const env: PythonEnvironment = {
  names: {
    apply: (fn: (...args: unknown[]) => unknown, ...args: unknown[]) => fn(...args),
    applyWithKeywords: (fn: (...args: unknown[]) => unknown) => fn(1, new PyKeywordArguments({ k: 2 })),
  },
};
const evaluate = (text: string) => evaluatePython(parsePythonExpression(text), env);

describe('lambda arguments bind as in Python', () => {
  it.each([
    ['(lambda: 0)()', 0],
    ['(lambda *a: a)()', new PyTuple([])],
    ['(lambda *a: a)(1, 2)', new PyTuple([1, 2])],
    ['(lambda x, *a: [x, a])(1, 2, 3)', [1, new PyTuple([2, 3])]],
    ['(lambda *args, **kw: [args, kw])(1, k=2)', [new PyTuple([1]), { k: 2 }]],
    ['(lambda **kw: kw)()', {}],
    ['(lambda x=1: x)()', 1],
    ['(lambda x=1: x)(5)', 5],
    ['(lambda x, y=10: x + y)(y=1, x=2)', 3],
    ['(lambda x, y=10: x + y)(*[1, 2])', 3],
    ['(lambda *, k=3: k)()', 3],
    ['(lambda *, k=3: k)(k=4)', 4],
    ['(lambda *a, k: [a, k])(1, k=2)', [new PyTuple([1]), 2]],
    ['(lambda a, /, b: a - b)(5, b=2)', 3],
    ["(lambda a, **kw: kw)(1, b=2, **{'c': 3})", { b: 2, c: 3 }],
    ['(lambda a, /, **kw: [a, kw])(1, a=2)', [1, { a: 2 }]],
    ['[f() for f in [lambda i=i: i for i in range(3)]]', [0, 1, 2]],
    ['(lambda x=[]: x)()', []],
    ['apply(lambda *a: a, 1, 2)', new PyTuple([1, 2])],
    ['apply(lambda x, y=5: x * y, 2)', 10],
    ['applyWithKeywords(lambda x, **kw: [x, kw])', [1, { k: 2 }]],
    ['applyWithKeywords(lambda x, k: x + k)', 3],
  ])('%s', (text, expected) => {
    expect(evaluate(text)).toEqual(expected);
  });

  it('evaluates defaults once, when the lambda is created', () => {
    let calls = 0;
    const counting: PythonEnvironment = { names: { tick: () => ++calls } };
    expect(evaluatePython(parsePythonExpression('(lambda f: [f(), f()])(lambda x=tick(): x)'), counting)).toEqual([1, 1]);
    expect(calls).toBe(1);
  });

  it.each([
    ['(lambda x: x)()', "<lambda>() missing 1 required positional argument: 'x'"],
    ['(lambda a, b: a)()', "<lambda>() missing 2 required positional arguments: 'a' and 'b'"],
    ['(lambda a, b, c: a)()', "<lambda>() missing 3 required positional arguments: 'a', 'b', and 'c'"],
    ['(lambda *, k, j: k)()', "<lambda>() missing 2 required keyword-only arguments: 'k' and 'j'"],
    ['(lambda: 1)(1)', '<lambda>() takes 0 positional arguments but 1 was given'],
    ['(lambda x: x)(1, 2)', '<lambda>() takes 1 positional argument but 2 were given'],
    ['(lambda x: x)(1, x=2)', "<lambda>() got multiple values for argument 'x'"],
    ['(lambda x: x)(y=1)', "<lambda>() got an unexpected keyword argument 'y'"],
    ['(lambda a, /: a)(a=1)', "<lambda>() got some positional-only arguments passed as keyword arguments: 'a'"],
  ])('%s', (text, message) => {
    expect(() => evaluate(text)).toThrow(PythonEvaluationError);
    expect(() => evaluate(text)).toThrow(`<string>:1:2: ${message} in call \`${text}\``);
  });
});
