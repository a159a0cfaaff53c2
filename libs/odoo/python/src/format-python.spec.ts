import { formatPython } from './format-python.util';
import { parsePythonExpression } from './parse-python-expression.util';

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
  ])('%s → %s', (text, expected) => {
    expect(formatPython(parsePythonExpression(text))).toBe(expected);
  });
});
