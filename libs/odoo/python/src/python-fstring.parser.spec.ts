import { parsePythonExpression } from './parse-python-expression.util';
import { PythonSyntaxError } from './python-syntax.error';
import { sExpression } from './testing/s-expression.test-util';

const parse = (text: string) => sExpression(parsePythonExpression(text));

describe('f-string nodes', () => {
  it.each([
    ["f'a{x}b'", '(fstring "a" {x} "b")'],
    ['F"{x}"', '(fstring {x})'],
    ["f''", '(fstring)'],
    ["f'plain'", '(fstring "plain")'],
    ["f'{{}}'", '(fstring "{}")'],
    ["f'{{{x}}}'", '(fstring "{" {x} "}")'],
    ["rf'\\d{x}'", '(fstring "\\\\d" {x})'],
    ['fr"""{a}\n{b}"""', '(fstring {a} "\\n" {b})'],
    ["f'{x!r:>10}'", '(fstring {x !r :(">10")})'],
    ["f'{x:}'", '(fstring {x :()})'],
    ["f'{x:{w}.{p}f}'", '(fstring {x :({w} "." {p} "f")})'],
    ["f'{x=}'", '(fstring "x=" {x !r})'],
    ["f'{x = }'", '(fstring "x = " {x !r})'],
    ["f'{x=!s}'", '(fstring "x=" {x !s})'],
    ["f'{x=:>4}'", '(fstring "x=" {x :(">4")})'],
    ["f'a{x=}'", '(fstring "ax=" {x !r})'],
    ["'a' f'{x}' 'b'", '(fstring "a" {x} "b")'],
    ["'' f'{x}' ''", '(fstring {x})'],
    ["f'{x}' f'{y}'", '(fstring {x} {y})'],
    ["f'a' 'b'", '(fstring "ab")'],
    ["f'{a + b * 2}'", '(fstring {(+ a (* b 2))})'],
    ["f\"{d['k']}\"", '(fstring {([] d "k")})'],
    ["f'{d[\"k\"]!r}'", '(fstring {([] d "k") !r})'],
    ["f'{a, b}'", '(fstring {(tuple a b)})'],
    ["f'{*a, b}'", '(fstring {(tuple (* a) b)})'],
    ["f'{x if y else z}'", '(fstring {(if y x z)})'],
    ["f'{(lambda: 1)()}'", '(fstring {(call (lambda () 1))})'],
    ["f'{ {1: 2}[1] }'", '(fstring {([] (dict 1:2) 1)})'],
    ["f'{a != b}'", '(fstring {(!= a b)})'],
    ["f'{f\"{y!r}\"}'", '(fstring {(fstring {y !r})})'],
    ["f'''{a +\n b}'''", '(fstring {(+ a b)})'],
    ["[f'{x}', 1]", '(list (fstring {x}) 1)'],
    ["fields.Char(default=lambda self: f'{self.id}')", '(call (. fields Char) (= default (lambda (self) (fstring {(. self id)}))))'],
  ])('%s', (text, expected) => {
    expect(parse(text)).toBe(expected);
  });

  it('positions the node at its first literal and each field expression where it is written', () => {
    const node = parsePythonExpression("x + 'a' f'b{y.z}'", { file: 'm.py', line: 5, column: 10 });
    const fstring = node.kind === 'binary' ? node.right : node;
    expect(fstring).toMatchObject({ kind: 'fstring', pos: { line: 5, column: 14 }, file: 'm.py' });
    const field = fstring.kind === 'fstring' ? fstring.parts[1] : undefined;
    expect(field).toMatchObject({ value: { kind: 'attribute', pos: { line: 5, column: 22 }, file: 'm.py', object: { pos: { line: 5, column: 22 } } } });
  });

  it('positions fields on later lines of a triple-quoted f-string, CRLF included', () => {
    const node = parsePythonExpression("f'''\r\n  {a}\r\n\t{b:{c}}'''", { line: 3, column: 7 });
    const values = node.kind === 'fstring' ? node.parts.filter((p) => typeof p !== 'string') : [];
    expect(values.map((v) => v.value.pos)).toEqual([{ line: 4, column: 4 }, { line: 5, column: 3 }]);
    const spec = values[1].formatSpec?.[0];
    expect(typeof spec === 'object' && spec.value.pos).toEqual({ line: 5, column: 6 });
  });

  it.each([
    ["f'{a b}'", "unexpected 'b' (f-string: expecting '}')", 1, 6],
    ["f'{*a}'", 'f-string: cannot use starred expression here', 1, 4],
    ["f'{lambda x: 1}'", 'f-string: lambda expressions are not allowed without parentheses', 1, 4],
    ["f'{a if b}'", "unexpected end of input (expected 'else' in conditional expression)", 1, 10],
    ["f'{1 +}'", 'unexpected end of input', 1, 7],
    ["f'{x:{a b}}'", "unexpected 'b' (f-string: expecting '}')", 1, 9],
    ["b'x' f'{y}'", 'cannot mix bytes and nonbytes literals', 1, 6],
    ["f'{y}' b'x'", 'cannot mix bytes and nonbytes literals', 1, 8],
  ])('%j fails with %s at %i:%i', (text, reason, line, column) => {
    expect(() => parsePythonExpression(text)).toThrow(PythonSyntaxError);
    expect(() => parsePythonExpression(text)).toThrow(`<string>:${line}:${column}: ${reason}`);
  });
});
