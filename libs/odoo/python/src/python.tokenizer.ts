import { absolutePosition } from './absolute-position.util';
import { type FStringLiteral, type FStringScanHost, scanFString } from './python-fstring.scanner';
import { lineBreakLength, lineStartOffsets, normalizeLineBreaks } from './python-line-breaks.util';
import { PythonSyntaxError } from './python-syntax.error';
import { decodePythonEscapes, unterminatedStringReason } from './python-string-literal.util';
import type { PythonToken, PythonTokenKind } from './python-token.type';
import type { SourceOrigin, SourcePosition } from './source-location.type';

const OPERATORS = [
  '**', '//', '<<', '>>', '<=', '>=', '==', '!=', '->', ':=',
  '+', '-', '*', '/', '%', '@', '|', '&', '^', '~', '<', '>', '(', ')', '[', ']', '{', '}', ',', ':', '.', ';', '=',
];
const CLOSERS: Readonly<Record<string, string>> = { ')': '(', ']': '[', '}': '{' };
const NAME = /[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*/uy;
const STRING_START = /([rRuUbBfF]{0,2})('''|"""|'|")/y;
const VALID_PREFIXES = new Set(['', 'r', 'u', 'b', 'br', 'rb', 'f', 'fr', 'rf']);
/** CPython's tokenizer limits (`MAXLEVEL`, `MAXFSTRINGLEVEL`): deeper input is a syntax error, not a stack overflow. */
export const MAX_BRACKET_DEPTH = 200;
export const MAX_FSTRING_DEPTH = 150;
const NUMBER = /0[xX](?:_?[0-9a-fA-F])+|0[oO](?:_?[0-7])+|0[bB](?:_?[01])+|(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?/y;

interface OpenBracket {
  readonly char: string;
  readonly pos: SourcePosition;
}

/** Tokenizing the expression of an f-string replacement field: where its string and its `{` are. */
interface FieldContext {
  readonly literal: FStringLiteral;
  readonly open: number;
  /** How many f-strings enclose this field (1 for a field of a top-level f-string). */
  readonly level: number;
}

/**
 * Splits Python source into tokens. Newlines inside brackets and after `\` are not tokens; `\r\n`
 * and a lone `\r` are line breaks like `\n`. An f-string is one `string` token whose `parts` hold
 * its text and the tokens of each replacement field.
 */
export function tokenizePython(source: string, origin?: SourceOrigin): PythonToken[] {
  return new PythonTokenizer(source, origin, lineStartOffsets(source), 0).run();
}

class PythonTokenizer implements FStringScanHost {
  private readonly tokens: PythonToken[] = [];
  private readonly brackets: OpenBracket[] = [];

  constructor(
    readonly source: string,
    private readonly origin: SourceOrigin | undefined,
    private readonly lineStarts: readonly number[],
    private index: number,
    private readonly field?: FieldContext,
  ) {}

  run(): PythonToken[] {
    while (this.index < this.source.length) this.step();
    const open = this.brackets.at(-1);
    if (open) throw this.error(`'${open.char}' was never closed`, open.pos);
    this.push('eof', '', this.index);
    return this.tokens;
  }

  /** Tokenizes a replacement field's expression, from `start` to the `}`, `!`, `:` or `=` that ends it. */
  fieldTokens(start: number, open: number, literal: FStringLiteral): { tokens: PythonToken[]; end: number } {
    const level = (this.field?.level ?? 0) + 1;
    if (level > MAX_FSTRING_DEPTH) throw this.errorAt('too many nested f-strings', literal.start);
    const tokenizer = new PythonTokenizer(this.source, this.origin, this.lineStarts, start, { literal, open, level });
    const tokens = tokenizer.runField();
    return { tokens, end: tokenizer.index };
  }

  private runField(): PythonToken[] {
    while (!this.atFieldEnd()) {
      if (this.index >= this.source.length) throw this.errorAt("f-string: expecting '}'", this.field!.open);
      this.step();
    }
    this.push('eof', '', this.index);
    return this.tokens;
  }

  private atFieldEnd(): boolean {
    if (this.brackets.length > 0) return false;
    const ch = this.source[this.index];
    const next = this.source[this.index + 1];
    return ch === '}' || ch === ':' || ((ch === '!' || ch === '=') && next !== '=');
  }

  private step(): void {
    const ch = this.source[this.index];
    if (ch === ' ' || ch === '\t' || ch === '\f' || (ch === '\uFEFF' && this.index === 0)) this.index++;
    else if (ch === '#') this.skipComment();
    else if (ch === '\\') this.skipContinuation();
    else if (ch === '\n' || ch === '\r') this.newline();
    else if (!this.readString() && !this.readNumber() && !this.readName()) this.readOperator();
  }

  private skipComment(): void {
    if (this.field && this.field.literal.quote.length === 1) {
      throw this.errorAt("f-string expression part cannot include '#'", this.index);
    }
    while (this.index < this.source.length && lineBreakLength(this.source, this.index) === 0) this.index++;
  }

  private skipContinuation(): void {
    const lineBreak = lineBreakLength(this.source, this.index + 1);
    if (lineBreak === 0) throw this.errorAt('unexpected character after line continuation character', this.index);
    this.index += 1 + lineBreak;
  }

  private newline(): void {
    if (this.field) {
      const { literal } = this.field;
      if (literal.quote.length === 1) throw this.errorAt(unterminatedStringReason(literal.quote), literal.start);
    } else {
      const last = this.tokens.at(-1);
      if (this.brackets.length === 0 && last && last.kind !== 'newline') this.push('newline', '\n', this.index);
    }
    this.index += lineBreakLength(this.source, this.index);
  }

  private readName(): boolean {
    NAME.lastIndex = this.index;
    const match = NAME.exec(this.source);
    if (!match) return false;
    this.push('name', match[0], this.index);
    this.index += match[0].length;
    return true;
  }

  private readNumber(): boolean {
    NUMBER.lastIndex = this.index;
    const match = NUMBER.exec(this.source);
    if (!match) return false;
    const after = this.source[this.index + match[0].length] ?? '';
    if (after === 'j' || after === 'J') throw this.errorAt('complex numbers are not supported', this.index);
    if (/[\p{L}\p{N}_.]/u.test(after)) throw this.errorAt('invalid decimal literal', this.index);
    this.push('number', match[0], this.index);
    this.index += match[0].length;
    return true;
  }

  private readOperator(): void {
    const start = this.index;
    const op = OPERATORS.find((candidate) => this.source.startsWith(candidate, start));
    if (!op) throw this.errorAt(`invalid character '${this.source[start]}'`, start);
    this.trackBracket(op, start);
    this.push('op', op, start);
    this.index += op.length;
  }

  private trackBracket(op: string, start: number): void {
    if ('([{'.includes(op)) {
      if (this.brackets.length >= MAX_BRACKET_DEPTH) throw this.errorAt('too many nested parentheses', start);
      this.brackets.push({ char: op, pos: this.positionAt(start) });
    }
    const opener = CLOSERS[op];
    if (opener === undefined) return;
    const open = this.brackets.pop();
    if (!open) throw this.errorAt(`unexpected '${op}'`, start);
    if (open.char !== opener) {
      const where = `${open.pos.line}:${open.pos.column}`;
      throw this.errorAt(`unexpected '${op}': '${open.char}' opened at ${where} is not closed`, start);
    }
  }

  private readString(): boolean {
    STRING_START.lastIndex = this.index;
    const match = STRING_START.exec(this.source);
    if (!match) return false;
    const [opening, rawPrefix, quote] = match;
    const prefix = rawPrefix.toLowerCase();
    const start = this.index;
    if (!VALID_PREFIXES.has(prefix)) return false;
    const bodyStart = start + opening.length;
    if (prefix.includes('f')) return this.readFString({ start, bodyStart, quote, raw: prefix.includes('r') }, prefix);
    const bodyEnd = this.findStringEnd(bodyStart, quote, start);
    const body = this.source.slice(bodyStart, bodyEnd);
    const value = prefix.includes('r') ? normalizeLineBreaks(body) : this.decode(body, bodyStart, prefix.includes('b'));
    const text = this.source.slice(start, bodyEnd + quote.length);
    this.tokens.push({ kind: 'string', text, pos: this.positionAt(start), offset: start, value, prefix });
    this.index = bodyEnd + quote.length;
    return true;
  }

  private readFString(literal: FStringLiteral, prefix: string): true {
    const { parts, end } = scanFString(this, literal);
    const text = this.source.slice(literal.start, end + literal.quote.length);
    this.tokens.push({ kind: 'string', text, pos: this.positionAt(literal.start), offset: literal.start, prefix, parts });
    this.index = end + literal.quote.length;
    return true;
  }

  private findStringEnd(from: number, quote: string, start: number): number {
    for (let i = from; i < this.source.length; i++) {
      if (this.source[i] === '\\') i += Math.max(1, lineBreakLength(this.source, i + 1));
      else if (this.source.startsWith(quote, i)) return i;
      else if (quote.length === 1 && lineBreakLength(this.source, i) > 0) break;
    }
    throw this.errorAt(unterminatedStringReason(quote), start);
  }

  private decode(body: string, bodyStart: number, bytes: boolean): string {
    const decoded = decodePythonEscapes(body, bytes);
    if (typeof decoded === 'string') return decoded;
    throw this.errorAt(decoded.reason, bodyStart + decoded.index);
  }

  private push(kind: PythonTokenKind, text: string, offset: number): void {
    this.tokens.push({ kind, text, pos: this.positionAt(offset), offset });
  }

  positionAt(offset: number): SourcePosition {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return absolutePosition(this.origin, low + 1, offset - this.lineStarts[low] + 1);
  }

  errorAt(reason: string, offset: number): PythonSyntaxError {
    return this.error(reason, this.positionAt(offset));
  }

  private error(reason: string, pos: SourcePosition): PythonSyntaxError {
    return new PythonSyntaxError(reason, pos, this.origin?.file);
  }
}
