import { lineBreakLength } from './python-line-breaks.util';

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
};

export interface EscapeProblem {
  readonly index: number;
  readonly reason: string;
}

/**
 * Decodes the body of a non-raw string literal (between its quotes). Unknown escapes are kept
 * verbatim, as Python does (in bytes literals `\u`, `\U` and `\N` are unknown escapes); line
 * breaks (`\r\n`, `\r`) become `\n`. Returns the problem (index into `body`) for a malformed escape.
 */
export function decodePythonEscapes(body: string, bytes = false): string | EscapeProblem {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === '\r') {
      out += '\n';
      i += lineBreakLength(body, i) - 1;
      continue;
    }
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const decoded = bytes && /[uUN]/.test(body[i + 1] ?? '') ? { text: '\\', next: i + 1 } : decodeEscapeAt(body, i + 1);
    if ('reason' in decoded) return { index: i, reason: decoded.reason };
    out += decoded.text;
    i = decoded.next - 1;
  }
  return out;
}

interface Decoded {
  readonly text: string;
  readonly next: number;
}

function decodeEscapeAt(body: string, at: number): Decoded | { reason: string } {
  const ch = body[at];
  if (ch === undefined) return { reason: 'unterminated escape sequence' };
  const lineBreak = lineBreakLength(body, at);
  if (lineBreak > 0) return { text: '', next: at + lineBreak };
  if (SIMPLE_ESCAPES[ch] !== undefined) return { text: SIMPLE_ESCAPES[ch], next: at + 1 };
  if (/[0-7]/.test(ch)) return decodeOctal(body, at);
  if (ch === 'x') return decodeHex(body, at + 1, 2, '\\x');
  if (ch === 'u') return decodeHex(body, at + 1, 4, '\\u');
  if (ch === 'U') return decodeHex(body, at + 1, 8, '\\U');
  if (ch === 'N') return { reason: '\\N{...} escapes are not supported' };
  return { text: '\\' + ch, next: at + 1 };
}

function decodeOctal(body: string, at: number): Decoded {
  const digits = /^[0-7]{1,3}/.exec(body.slice(at))![0];
  return { text: String.fromCodePoint(parseInt(digits, 8)), next: at + digits.length };
}

function decodeHex(body: string, at: number, length: number, escape: string): Decoded | { reason: string } {
  const digits = body.slice(at, at + length);
  if (!new RegExp(`^[0-9a-fA-F]{${length}}$`).test(digits)) return { reason: `truncated ${escape} escape` };
  const code = parseInt(digits, 16);
  if (code > 0x10ffff) return { reason: `illegal Unicode character in ${escape} escape` };
  return { text: String.fromCodePoint(code), next: at + length };
}

/** The syntax error for a string literal whose closing quote is missing. */
export function unterminatedStringReason(quote: string): string {
  return quote.length === 3 ? 'unterminated triple-quoted string literal' : 'unterminated string literal';
}
