import { lineBreakLength, normalizeLineBreaks } from './python-line-breaks.util';
import { decodePythonEscapes, unterminatedStringReason } from './python-string-literal.util';
import type { PythonSyntaxError } from './python-syntax.error';
import type { PythonFStringTokenField, PythonFStringTokenPart, PythonToken } from './python-token.type';
import type { SourcePosition } from './source-location.type';

/** Where an f-string literal is in the tokenized text. */
export interface FStringLiteral {
  /** Offset of the prefix. */
  readonly start: number;
  /** Offset of the first character after the opening quote. */
  readonly bodyStart: number;
  readonly quote: string;
  readonly raw: boolean;
}

/** What the scanner needs from the tokenizer: the text, positions, errors, and tokenizing field expressions. */
export interface FStringScanHost {
  readonly source: string;
  /** The tokens of the expression starting at `start` (ending with `eof`) and the offset of the character that ends it. */
  fieldTokens(start: number, open: number, literal: FStringLiteral): { tokens: PythonToken[]; end: number };
  positionAt(offset: number): SourcePosition;
  errorAt(reason: string, offset: number): PythonSyntaxError;
}

/** Python allows a replacement field inside a format spec, and no deeper. */
const MAX_FIELD_DEPTH = 2;

/**
 * Reads an f-string body into text parts and replacement fields. The expressions are tokenized as
 * ordinary Python (so a nested string may use any quote, as in Python 3.12). Returns the offset of
 * the closing quote.
 */
export function scanFString(host: FStringScanHost, literal: FStringLiteral): { parts: PythonFStringTokenPart[]; end: number } {
  const scanner = new FStringScanner(host, literal);
  const parts = scanner.parts(false, 0);
  return { parts, end: scanner.index };
}

class FStringScanner {
  index: number;
  private readonly source: string;

  constructor(
    private readonly host: FStringScanHost,
    private readonly literal: FStringLiteral,
  ) {
    this.index = literal.bodyStart;
    this.source = host.source;
  }

  /** Text and fields up to the closing quote or, in a format spec, up to the `}` that ends the spec. */
  parts(inSpec: boolean, depth: number): PythonFStringTokenPart[] {
    const parts: PythonFStringTokenPart[] = [];
    let text = '';
    let segmentStart = this.index;
    const takeSegment = (end: number, next: number, extra = '') => {
      text += this.decodeSegment(segmentStart, end) + extra;
      this.index = next;
      segmentStart = next;
    };
    for (;;) {
      const i = this.index;
      const ch = this.source[i];
      if (this.atClosingQuote(i)) {
        if (inSpec) throw this.host.errorAt("f-string: expecting '}'", i);
        break;
      }
      if (ch === '\\' && (this.source[i + 1] === '{' || this.source[i + 1] === '}')) {
        takeSegment(i, i + 1, '\\');
      } else if (ch === '\\') {
        this.index = this.afterEscape(i);
      } else if (lineBreakLength(this.source, i) > 0) {
        if (this.literal.quote.length === 1) throw this.unterminated();
        this.index += lineBreakLength(this.source, i);
      } else if (ch === '{' && !inSpec && this.source[i + 1] === '{') {
        takeSegment(i + 1, i + 2);
      } else if (ch === '{') {
        takeSegment(i, i);
        if (text !== '') parts.push({ kind: 'text', value: text });
        text = '';
        parts.push(this.field(i, depth));
        segmentStart = this.index;
      } else if (ch === '}' && inSpec) {
        break;
      } else if (ch === '}' && this.source[i + 1] === '}') {
        takeSegment(i + 1, i + 2);
      } else if (ch === '}') {
        throw this.host.errorAt("f-string: single '}' is not allowed", i);
      } else {
        this.index++;
      }
    }
    takeSegment(this.index, this.index);
    if (text !== '') parts.push({ kind: 'text', value: text });
    return parts;
  }

  private atClosingQuote(i: number): boolean {
    if (i >= this.source.length) throw this.unterminated();
    return this.source.startsWith(this.literal.quote, i);
  }

  /** Skips a backslash and what it escapes (a whole line break, or one character). */
  private afterEscape(i: number): number {
    if (!this.literal.raw && this.source[i + 1] === 'N' && this.source[i + 2] === '{') {
      throw this.host.errorAt('\\N{...} escapes are not supported', i);
    }
    return i + 1 + Math.max(1, lineBreakLength(this.source, i + 1));
  }

  private decodeSegment(start: number, end: number): string {
    const body = this.source.slice(start, end);
    if (this.literal.raw) return normalizeLineBreaks(body);
    const decoded = decodePythonEscapes(body);
    if (typeof decoded === 'string') return decoded;
    throw this.host.errorAt(decoded.reason, start + decoded.index);
  }

  /** `{expression=!c:spec}` starting at the `{` at `open`; leaves the index after its `}`. */
  private field(open: number, depth: number): PythonFStringTokenField {
    if (depth >= MAX_FIELD_DEPTH) throw this.host.errorAt('f-string: expressions nested too deeply', open);
    const { tokens, end } = this.host.fieldTokens(open + 1, open, this.literal);
    this.index = end;
    if (tokens.length === 1) {
      const ch = this.source[end];
      throw this.host.errorAt(ch === '}' ? 'f-string: empty expression not allowed' : `f-string: expression required before '${ch}'`, end);
    }
    const debugText = this.source[this.index] === '=' ? this.debugText(open) : undefined;
    const conversion = this.source[this.index] === '!' ? this.conversion() : undefined;
    const formatSpec = this.source[this.index] === ':' ? this.formatSpec(depth) : undefined;
    if (this.source[this.index] !== '}') {
      if (lineBreakLength(this.source, this.index) > 0 && this.literal.quote.length === 1) throw this.unterminated();
      throw this.host.errorAt("f-string: expecting '}'", this.index);
    }
    this.index++;
    return {
      kind: 'field',
      pos: this.host.positionAt(open),
      tokens,
      ...(debugText !== undefined ? { debugText } : {}),
      ...(conversion !== undefined ? { conversion } : {}),
      ...(formatSpec !== undefined ? { formatSpec } : {}),
    };
  }

  /** `{x = }`: the text from after `{` through the `=` and the whitespace after it. */
  private debugText(open: number): string {
    this.index++;
    for (;;) {
      const ch = this.source[this.index];
      if (ch === ' ' || ch === '\t' || ch === '\f') this.index++;
      else if (this.literal.quote.length === 3 && lineBreakLength(this.source, this.index) > 0) this.index += lineBreakLength(this.source, this.index);
      else break;
    }
    return normalizeLineBreaks(this.source.slice(open + 1, this.index));
  }

  private conversion(): 's' | 'r' | 'a' {
    const ch = this.source[this.index + 1];
    if (ch !== 's' && ch !== 'r' && ch !== 'a') {
      throw this.host.errorAt("f-string: invalid conversion character: expected 's', 'r', or 'a'", this.index + 1);
    }
    this.index += 2;
    return ch;
  }

  private formatSpec(depth: number): PythonFStringTokenPart[] {
    this.index++;
    return this.parts(true, depth + 1);
  }

  private unterminated(): PythonSyntaxError {
    return this.host.errorAt(unterminatedStringReason(this.literal.quote), this.literal.start);
  }
}
