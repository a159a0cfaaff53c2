/**
 * The offset in the file of character `index` of an attribute value that starts at `start`. The
 * parsed value is shorter than the raw text where entities (`&amp;`) and `\r\n` were decoded.
 */
export function attributeValueOffset(source: string, start: number, index: number): number {
  let raw = start;
  for (let decoded = 0; decoded < index; decoded += 1) {
    if (source[raw] === '&') raw = source.indexOf(';', raw) + 1;
    else raw += source.startsWith('\r\n', raw) ? 2 : 1;
  }
  return raw;
}
