import { lineBreakLength, lineStartOffsets, normalizeLineBreaks } from './python-line-breaks.util';

describe('line breaks', () => {
  it.each([
    ['a\nb', 1, 1],
    ['a\r\nb', 1, 2],
    ['a\rb', 1, 1],
    ['a\r\rb', 1, 1],
    ['a\n\rb', 1, 1],
    ['ab', 1, 0],
    ['a', 1, 0],
  ])('lineBreakLength(%j, %i) = %i', (text, index, expected) => {
    expect(lineBreakLength(text, index)).toBe(expected);
  });

  it.each([
    ['', [0]],
    ['ab', [0]],
    ['a\nb', [0, 2]],
    ['a\r\nb', [0, 3]],
    ['a\rb', [0, 2]],
    ['a\r\n\r\nb\n', [0, 3, 5, 7]],
    ['a\r\rb', [0, 2, 3]],
    ['a\n\rb', [0, 2, 3]],
  ])('lineStartOffsets(%j) = %j', (text, expected) => {
    expect(lineStartOffsets(text)).toEqual(expected);
  });

  it.each([
    ['a\r\nb\rc\nd', 'a\nb\nc\nd'],
    ['\r\r\n\n', '\n\n\n'],
    ['plain', 'plain'],
  ])('normalizeLineBreaks(%j) = %j', (text, expected) => {
    expect(normalizeLineBreaks(text)).toBe(expected);
  });
});
