import { tokenizePython } from './python.tokenizer';

const summary = (text: string) => tokenizePython(text).map((t) => `${t.kind}:${t.kind === 'string' ? t.value : t.text}`);

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
});
