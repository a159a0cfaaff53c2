import { tokenizePython } from './python.tokenizer';
import { PythonSyntaxError } from './python-syntax.error';
import type { SourceOrigin } from './source-location.type';

const summary = (text: string) => tokenizePython(text).map((t) => `${t.kind}:${t.kind === 'string' ? t.value : t.text}`);
const placed = (text: string, origin?: SourceOrigin) =>
  tokenizePython(text, origin).map((t) => `${t.kind}:${t.kind === 'string' ? (t.value ?? t.text) : t.text}@${t.pos.line}:${t.pos.column}`);

describe('tokenizePython', () => {
  it.each([
    ["ref('x')", ['name:ref', 'op:(', 'string:x', 'op:)', 'eof:']],
    ['a**-1//2', ['name:a', 'op:**', 'op:-', 'number:1', 'op://', 'number:2', 'eof:']],
    ['a <= b != c', ['name:a', 'op:<=', 'name:b', 'op:!=', 'name:c', 'eof:']],
    ['x # comment\ny', ['name:x', 'newline:\n', 'name:y', 'eof:']],
    ['[1,\n 2]', ['op:[', 'number:1', 'op:,', 'number:2', 'op:]', 'eof:']],
    ['a + \\\n b', ['name:a', 'op:+', 'name:b', 'eof:']],
    ['\n\nx\n\n', ['name:x', 'newline:\n', 'eof:']],
    ['x\r\ny', ['name:x', 'newline:\n', 'name:y', 'eof:']],
    ['café', ['name:café', 'eof:']],
    ["rb'\\n' Br\"x\"", ['string:\\n', 'string:x', 'eof:']],
  ])('%j', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it('gives every token its text, offset, absolute position and string prefix', () => {
    const [name, , str] = tokenizePython("\n  ref(U'x')", { line: 3, column: 10 });
    expect(name).toEqual({ kind: 'name', text: 'ref', pos: { line: 4, column: 3 }, offset: 3 });
    expect(str).toEqual({ kind: 'string', text: "U'x'", value: 'x', prefix: 'u', pos: { line: 4, column: 7 }, offset: 7 });
  });

  it('positions the first line relative to the origin column', () => {
    expect(tokenizePython('  x', { line: 3, column: 10 })[0].pos).toEqual({ line: 3, column: 12 });
  });

  describe('CRLF and lone CR are line breaks everywhere', () => {
    it.each([
      ['string continued by \\ CRLF', 'x = "abc\\\r\ndef"', ['name:x@1:1', 'op:=@1:3', 'string:abcdef@1:5', 'eof:@2:5']],
      ['string continued by \\ CR', "'abc\\\rdef'", ['string:abcdef@1:1', 'eof:@2:5']],
      ['bytes continued by \\ CRLF', "b'a\\\r\nb'", ['string:ab@1:1', 'eof:@2:3']],
      ['raw string keeps \\ and a normalised break', "r'a\\\r\nb'", ['string:a\\\nb@1:1', 'eof:@2:3']],
      ['triple-quoted string', "'''a\r\nb\rc\r\n''' z", ['string:a\nb\nc\n@1:1', 'name:z@4:5', 'eof:@4:6']],
      ['raw triple-quoted string', "r'''a\r\nb'''", ['string:a\nb@1:1', 'eof:@2:5']],
      ['comment before CRLF', 'x # note\r\ny', ['name:x@1:1', 'newline:\n@1:9', 'name:y@2:1', 'eof:@2:2']],
      ['comment before CR', 'x # note\ry', ['name:x@1:1', 'newline:\n@1:9', 'name:y@2:1', 'eof:@2:2']],
      ['line continuation', 'a + \\\r\n  b', ['name:a@1:1', 'op:+@1:3', 'name:b@2:3', 'eof:@2:4']],
      ['inside brackets', '[1,\r\n 2]', ['op:[@1:1', 'number:1@1:2', 'op:,@1:3', 'number:2@2:2', 'op:]@2:3', 'eof:@2:4']],
      ['blank lines', '\r\n\r\nx\r\n\r\n', ['name:x@3:1', 'newline:\n@3:2', 'eof:@5:1']],
      ['lone CR', 'x\ry\r\rz', ['name:x@1:1', 'newline:\n@1:2', 'name:y@2:1', 'newline:\n@2:2', 'name:z@4:1', 'eof:@4:2']],
      ['escaped \\r stays a character', "'a\\rb'", ['string:a\rb@1:1', 'eof:@1:7']],
      ['f-string over CRLF', "f'''{a}\r\n{b}'''", ['string:f\'\'\'{a}\r\n{b}\'\'\'@1:1', 'eof:@2:7']],
    ])('%s', (_, text, expected) => {
      expect(placed(text)).toEqual(expected);
    });

    it('offsets later CRLF lines by the origin line only', () => {
      expect(placed('x\r\n  y', { line: 3, column: 10 })).toEqual(['name:x@3:10', 'newline:\n@3:11', 'name:y@4:3', 'eof:@4:4']);
    });

    it.each([
      ["x\r\n'abc", 'unterminated string literal', 2, 1],
      ["'ab\r\ncd'", 'unterminated string literal', 1, 1],
      ["'ab\rcd'", 'unterminated string literal', 1, 1],
      ["x\r\n'''abc\r\n", 'unterminated triple-quoted string literal', 2, 1],
      ['x\r\n  $', "invalid character '$'", 2, 3],
      ['[\r\n1', "'[' was never closed", 1, 1],
    ])('%j fails with %s at %i:%i', (text, reason, line, column) => {
      expect(() => tokenizePython(text)).toThrow(PythonSyntaxError);
      expect(() => tokenizePython(text)).toThrow(`<string>:${line}:${column}: ${reason}`);
    });
  });
});
