import { formatPython } from './format-python.util';
import { parsePythonExpression } from './parse-python-expression.util';
import { sExpression } from './testing/s-expression.test-util';

describe('formatPython', () => {
  it.each([
    ["[ ('a','=',1) ]", "[('a', '=', 1)]"],
    ['(1,)', '(1,)'],
    ['(a + b) * c', '(a + b) * c'],
    ['a - (b - c)', 'a - (b - c)'],
    ['(-2) ** 2', '(-2) ** 2'],
    ['-2 ** 2', '-2 ** 2'],
    ['(a if b else c).d', '(a if b else c).d'],
    ['not (a and b)', 'not (a and b)'],
    ["\"it's\"", '"it\'s"'],
    ["'a\\nb'", "'a\\nb'"],
    ['f(a, *b, c=1, **d)', 'f(a, *b, c=1, **d)'],
    ['[g.id for g in user.groups_id if g]', '[g.id for g in user.groups_id if g]'],
    ['{k: v for k, v in x}', '{k: v for k, v in x}'],
    ['a[1:2, ::3]', 'a[1:2, ::3]'],
    ['lambda: 1', 'lambda: 1'],
    ["{'a': 1, **b}", "{'a': 1, **b}"],
    ["b'x'", "b'x'"],
    ['lambda *a: 1', 'lambda *a: 1'],
    ['lambda *args, **kw: args', 'lambda *args, **kw: args'],
    ['lambda x = 1 : x', 'lambda x=1: x'],
    ['lambda a, /, b=[], *, c, d={}, **e: a', 'lambda a, /, b=[], *, c, d={}, **e: a'],
    ['lambda a, /: a', 'lambda a, /: a'],
    ['lambda *a, k=1: k', 'lambda *a, k=1: k'],
    ['lambda f=(lambda: 1): f', 'lambda f=(lambda: 1): f'],
    ["f'a{x}b'", "f'a{x}b'"],
    ['F"{x!r:>10}"', "f'{x!r:>10}'"],
    ["f\"{d['k']}\"", "f\"{d['k']}\""],
    ["f'{x=}'", "f'x={x!r}'"],
    ["f'{ {1: 2} }'", "f'{ {1: 2}}'"],
    ["f'{{}}{x}'", "f'{{}}{x}'"],
    ["f\"it's {x}\"", "f\"it's {x}\""],
    ["f'{(lambda: 1)()}'", "f'{(lambda: 1)()}'"],
    ["f'{a if b else c}'", "f'{a if b else c}'"],
    ["f'{x:{w}.{p}f}'", "f'{x:{w}.{p}f}'"],
    ["f'{f\"{y}\"}'", "f\"{f'{y}'}\""],
    ["f'''{d['k']!r} {e[\"it's\"]}'''", "f'''{d['k']!r} {e[\"it's\"]}'''"],
    ["'a' f'{x}'", "f'a{x}'"],
    ["f'\\n{x}'", "f'\\n{x}'"],
    ["f'{a, b}'", "f'{(a, b)}'"],
    ["f''", "f''"],
    ["[f'{a}' + 'b']", "[f'{a}' + 'b']"],
  ])('%s → %s', (text, expected) => {
    expect(formatPython(parsePythonExpression(text))).toBe(expected);
  });

  it.each([
    "f'a{x!r:>{w}}b{{c}}'",
    "f'{x=}' f'{y = :^4}'",
    "f\"{d['it\\'s']} {e!a}\"",
    "f'{f\"{y:{z}}\"}'",
    "rf'\\d+{x}\\n'",
    "f'''{a}\n{b}'''",
    "f'{ {1, 2} } { {}[0] }'",
    'lambda a, /, b=1, *c, d, e=(lambda: 2), **f: [a, b, c, d, e, f]',
    'lambda *, k=f\'{x}\': k',
  ])('%s re-parses to the same tree', (text) => {
    const tree = sExpression(parsePythonExpression(text));
    expect(sExpression(parsePythonExpression(formatPython(parsePythonExpression(text))))).toBe(tree);
  });
});
