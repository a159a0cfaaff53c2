import { tokenizePython } from './python.tokenizer';
import { PythonSyntaxError } from './python-syntax.error';
import type { PythonFStringTokenPart } from './python-token.type';

/** Text as JSON; a field as `{tokens =debug !conversion :(spec)}`. */
function describeParts(parts: readonly PythonFStringTokenPart[]): string {
  return parts
    .map((part) => {
      if (part.kind === 'text') return JSON.stringify(part.value);
      const tokens = part.tokens.filter((t) => t.kind !== 'eof').map((t) => t.text).join(' ');
      const debug = part.debugText !== undefined ? ` =${JSON.stringify(part.debugText)}` : '';
      const conversion = part.conversion ? ` !${part.conversion}` : '';
      const spec = part.formatSpec ? ` :(${describeParts(part.formatSpec)})` : '';
      return `{${tokens}${debug}${conversion}${spec}}`;
    })
    .join(' ');
}

function onlyString(text: string) {
  const tokens = tokenizePython(text);
  expect(tokens.map((t) => t.kind)).toEqual(['string', 'eof']);
  return tokens[0];
}

describe('f-string tokens', () => {
  it.each([
    ["f'a{x}b'", 'f', '"a" {x} "b"'],
    ['F"{x}"', 'f', '{x}'],
    ["f''", 'f', ''],
    ["f'plain'", 'f', '"plain"'],
    ["rf'\\d{x}'", 'rf', '"\\\\d" {x}'],
    ["Rf'{x}\\n'", 'rf', '{x} "\\\\n"'],
    ["fR'{x}'", 'fr', '{x}'],
    ['fr"""a\n{x}"""', 'fr', '"a\\n" {x}'],
    ["f'''{a}\n{b}'''", 'f', '{a} "\\n" {b}'],
    ["f'\\t{x}\\x41'", 'f', '"\\t" {x} "A"'],
    ["f'\\{x}'", 'f', '"\\\\" {x}'],
    ["f'\\\\{x}'", 'f', '"\\\\" {x}'],
    ["f'{{x}}'", 'f', '"{x}"'],
    ["f'{{{x}}}'", 'f', '"{" {x} "}"'],
    ["f'a{{b'", 'f', '"a{b"'],
    ["f\"{d['k']}\"", 'f', "{d [ 'k' ]}"],
    ["f'{d[\"k\"]}'", 'f', '{d [ "k" ]}'],
    ["f'{f\"{y}\"}'", 'f', '{f"{y}"}'],
    ["f'{a!=b}'", 'f', '{a != b}'],
    ["f'{a == b}'", 'f', '{a == b}'],
    ["f'{a, b}'", 'f', '{a , b}'],
    ["f'{x[1:2]}'", 'f', '{x [ 1 : 2 ]}'],
    ["f'{ {1: 2} }'", 'f', '{{ 1 : 2 }}'],
    ["f'{f(k=1)}'", 'f', '{f ( k = 1 )}'],
    ["f'{x!r}'", 'f', '{x !r}'],
    ["f'{x!s:^5}'", 'f', '{x !s :("^5")}'],
    ["f'{x:>10}'", 'f', '{x :(">10")}'],
    ["f'{x:}'", 'f', '{x :()}'],
    ["f'{x:%Y-%m-%d %H:%M}'", 'f', '{x :("%Y-%m-%d %H:%M")}'],
    ["f'{x:{w}.{p}f}'", 'f', '{x :({w} "." {p} "f")}'],
    ["f'{x=}'", 'f', '{x ="x="}'],
    ["f'{x = !s:>4}'", 'f', '{x ="x = " !s :(">4")}'],
    ["f'{a.b=:.2}'", 'f', '{a . b ="a.b=" :(".2")}'],
    ["f'''{a +\n b}'''", 'f', '{a + b}'],
    ["f'''{a # note\n}'''", 'f', '{a}'],
    ["f'{x:=10}'", 'f', '{x :("=10")}'],
  ])('%j', (text, prefix, parts) => {
    const token = onlyString(text);
    expect(token).toMatchObject({ text, prefix });
    expect(token.value).toBeUndefined();
    expect(describeParts(token.parts!)).toBe(parts);
  });

  it('keeps an f-string one token among the tokens of a model file line', () => {
    const line = 'raise UserError(_(f"Cannot {action!r} {rec.name}"))  # comment';
    expect(tokenizePython(line).map((t) => t.text)).toEqual(['raise', 'UserError', '(', '_', '(', 'f"Cannot {action!r} {rec.name}"', ')', ')', '']);
  });

  it('positions fields and their tokens absolutely', () => {
    const [token] = tokenizePython("x\n  f'ab{yz}'", { line: 5, column: 10 }).slice(2);
    const field = token.parts![1];
    expect(field.kind === 'field' && field).toMatchObject({ pos: { line: 6, column: 7 } });
    expect(field.kind === 'field' && field.tokens.map((t) => [t.kind, t.pos, t.offset])).toEqual([
      ['name', { line: 6, column: 8 }, 9],
      ['eof', { line: 6, column: 10 }, 11],
    ]);
  });

  it('positions fields on later CRLF lines of a triple-quoted f-string', () => {
    const [token] = tokenizePython("f'''\r\n  {x}\r\n {y}'''", { line: 2, column: 4 });
    const fields = token.parts!.filter((p) => p.kind === 'field');
    expect(fields.map((f) => f.kind === 'field' && [f.pos, f.tokens[0].pos])).toEqual([
      [{ line: 3, column: 3 }, { line: 3, column: 4 }],
      [{ line: 4, column: 2 }, { line: 4, column: 3 }],
    ]);
    expect([token.parts![0], token.parts![2]]).toEqual([{ kind: 'text', value: '\n  ' }, { kind: 'text', value: '\n ' }]);
  });

  it.each([
    ["f'{}'", 'f-string: empty expression not allowed', 1, 4],
    ["f'{ }'", 'f-string: empty expression not allowed', 1, 5],
    ["f'{!r}'", "f-string: expression required before '!'", 1, 4],
    ["f'{x:{}}'", 'f-string: empty expression not allowed', 1, 7],
    ["f'{x!z}'", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 6],
    ["f'{x!}'", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 6],
    ["f'{x!r }'", "f-string: expecting '}'", 1, 7],
    ["f'}'", "f-string: single '}' is not allowed", 1, 3],
    ["f'{x}}'", "f-string: single '}' is not allowed", 1, 6],
    ["f'{x:a}b}'", "f-string: single '}' is not allowed", 1, 9],
    ["f'{x:{y:{z}}}'", 'f-string: expressions nested too deeply', 1, 9],
    ["f'{x:a'", "f-string: expecting '}'", 1, 7],
    ["f'{x", "f-string: expecting '}'", 1, 3],
    ["f'{(x}'", "unexpected '}': '(' opened at 1:4 is not closed", 1, 6],
    ["f'{x#}'", "f-string expression part cannot include '#'", 1, 5],
    ["f'{x\n}'", 'unterminated string literal', 1, 1],
    ["f'{x:\r\n}'", 'unterminated string literal', 1, 1],
    ["f'ab\ncd'", 'unterminated string literal', 1, 1],
    ["f'abc", 'unterminated string literal', 1, 1],
    ["x\r\nf'''abc", 'unterminated triple-quoted string literal', 2, 1],
    ["f'\\N{DASH}'", '\\N{...} escapes are not supported', 1, 3],
    ["f'{y}\\x4'", 'truncated \\x escape', 1, 6],
    ["f'{x!r}$' $", "invalid character '$'", 1, 11],
    ["f'{x $}'", "invalid character '$'", 1, 6],
  ])('%j fails with %s at %i:%i', (text, reason, line, column) => {
    expect(() => tokenizePython(text)).toThrow(PythonSyntaxError);
    expect(() => tokenizePython(text)).toThrow(`<string>:${line}:${column}: ${reason}`);
  });
});
