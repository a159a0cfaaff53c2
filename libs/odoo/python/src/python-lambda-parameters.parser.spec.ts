import { parsePythonExpression } from './parse-python-expression.util';
import { PythonSyntaxError } from './python-syntax.error';
import { sExpression } from './testing/s-expression.test-util';

const parse = (text: string) => sExpression(parsePythonExpression(text));

describe('lambda parameters', () => {
  it.each([
    ['lambda: 0', '(lambda () 0)'],
    ['lambda x: x', '(lambda (x) x)'],
    ['lambda x,: x', '(lambda (x) x)'],
    ['lambda *a: a', '(lambda (*a) a)'],
    ['lambda *args, **kw: args', '(lambda (*args **kw) args)'],
    ['lambda **kw: kw', '(lambda (**kw) kw)'],
    ['lambda **kw,: kw', '(lambda (**kw) kw)'],
    ['lambda x=1: x', '(lambda (x=1) x)'],
    ['lambda x, y=[], z={}: x', '(lambda (x y=(list) z=(dict)) x)'],
    ['lambda x=-1, y=f(2): x', '(lambda (x=(- 1) y=(call f 2)) x)'],
    ['lambda x=lambda: 1: x', '(lambda (x=(lambda () 1)) x)'],
    ['lambda x, y=2, *rest, k, m=3, **kw: x', '(lambda (x y=2 *rest k m=3 **kw) x)'],
    ['lambda *, k: k', '(lambda (* k) k)'],
    ['lambda *, k=1, j: k', '(lambda (* k=1 j) k)'],
    ['lambda a, /: a', '(lambda (a /) a)'],
    ['lambda a, b=1, /, c=2, *, d: a', '(lambda (a b=1 / c=2 * d) a)'],
  ])('%s', (text, expected) => {
    expect(parse(text)).toBe(expected);
  });

  it.each([
    ["fields.Date(default=lambda *a: time.strftime('%Y-%m-%d'))", '(call (. fields Date) (= default (lambda (*a) (call (. time strftime) "%Y-%m-%d"))))'],
    ["fields.Char(default=lambda self, *args, **kwargs: self._default(*args, **kwargs))", '(call (. fields Char) (= default (lambda (self *args **kwargs) (call (. self _default) (* args) (** kwargs)))))'],
    ['sorted(x, key=lambda r, reverse=False: r.sequence)', '(call sorted x (= key (lambda (r reverse=False) (. r sequence))))'],
    ["{'a': lambda *a: 1, 'b': lambda x=1: x}", '(dict "a":(lambda (*a) 1) "b":(lambda (x=1) x))'],
  ])('Odoo model code: %s', (text, expected) => {
    expect(parse(text)).toBe(expected);
  });

  it('records each parameter with its kind and default', () => {
    const node = parsePythonExpression('lambda a, /, b=1, *c, d, e=2, **f: 0');
    expect(node.kind === 'lambda' && node.params).toEqual([
      { name: 'a', kind: 'positional-only' },
      { name: 'b', kind: 'positional', default: { kind: 'num', value: 1, raw: '1', isFloat: false, pos: { line: 1, column: 16 } } },
      { name: 'c', kind: 'var-positional' },
      { name: 'd', kind: 'keyword-only' },
      { name: 'e', kind: 'keyword-only', default: { kind: 'num', value: 2, raw: '2', isFloat: false, pos: { line: 1, column: 28 } } },
      { name: 'f', kind: 'var-keyword' },
    ]);
  });

  it.each([
    ['lambda *: 1', 'named arguments must follow bare *', 1, 8],
    ['lambda *, **k: 1', 'named arguments must follow bare *', 1, 8],
    ['lambda x=1, y: 1', 'parameter without a default follows parameter with a default', 1, 13],
    ['lambda **k, x: 1', 'arguments cannot follow var-keyword argument', 1, 13],
    ['lambda **k, **j: 1', 'arguments cannot follow var-keyword argument', 1, 13],
    ['lambda x, x: 1', "duplicate argument 'x' in function definition", 1, 11],
    ['lambda x, *x: 1', "duplicate argument 'x' in function definition", 1, 11],
    ['lambda /: 1', 'at least one argument must precede /', 1, 8],
    ['lambda *a, /: 1', '/ must be ahead of *', 1, 12],
    ['lambda x, /, /: 1', '/ may appear only once', 1, 14],
    ['lambda *a, *b: 1', '* argument may appear only once', 1, 12],
    ['lambda x y: 1', "unexpected 'y' (expected ':' after lambda parameters)", 1, 10],
    ['lambda 1: 1', 'unexpected number 1 (expected a name)', 1, 8],
    ['lambda *a=1: 1', "unexpected '=' (expected ':' after lambda parameters)", 1, 10],
    ['lambda x=: 1', "unexpected ':'", 1, 10],
  ])('%j fails with %s at %i:%i', (text, reason, line, column) => {
    expect(() => parsePythonExpression(text)).toThrow(PythonSyntaxError);
    expect(() => parsePythonExpression(text)).toThrow(`<string>:${line}:${column}: ${reason}`);
  });
});
