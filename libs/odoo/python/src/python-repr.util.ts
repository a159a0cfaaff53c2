const ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Python's `repr()` of a str: single quotes unless the text contains `'` and no `"`. */
export function pythonStringRepr(value: string): string {
  const quote = value.includes("'") && !value.includes('"') ? '"' : "'";
  return quote + escapePythonStringBody(value, quote) + quote;
}

/** The text of a string literal between its quotes: backslashes, controls and `quote` characters escaped. */
export function escapePythonStringBody(value: string, quote: string): string {
  let out = '';
  for (const ch of value) out += escapeChar(ch, quote[0]);
  return out;
}

function escapeChar(ch: string, quote: string): string {
  if (ESCAPES[ch]) return ESCAPES[ch];
  if (ch === quote) return '\\' + ch;
  const code = ch.codePointAt(0)!;
  if (code < 0x20 || code === 0x7f) return '\\x' + code.toString(16).padStart(2, '0');
  return ch;
}
