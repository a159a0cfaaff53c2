/**
 * Where the string literal whose opening quote is at `start` ends (the index after its closing
 * quote), for any prefix (the prefix is before `start`): escapes are skipped, a single-quoted
 * string may continue over a `\`-escaped line break. Undefined when the string is not terminated.
 */
export function pythonStringEnd(source: string, start: number): number | undefined {
  const char = source[start];
  const quote = source.startsWith(char.repeat(3), start) ? char.repeat(3) : char;
  for (let i = start + quote.length; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      if (source[i + 1] === '\r' && source[i + 2] === '\n') i++;
      i++;
    } else if (source.startsWith(quote, i)) return i + quote.length;
    else if (quote.length === 1 && (ch === '\n' || ch === '\r')) return undefined;
  }
  return undefined;
}
