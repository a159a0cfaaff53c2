import { absolutePosition } from './absolute-position.util';
import { PythonSyntaxError } from './python-syntax.error';
import { decodePythonEscapes } from './python-string-literal.util';
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
const NUMBER = /0[xX](?:_?[0-9a-fA-F])+|0[oO](?:_?[0-7])+|0[bB](?:_?[01])+|(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?/y;

interface OpenBracket {
  readonly char: string;
  readonly pos: SourcePosition;
}

/** Splits Python source into tokens. Newlines inside brackets and after `\` are not tokens. */
export function tokenizePython(source: string, origin?: SourceOrigin): PythonToken[] {
  return new PythonTokenizer(source, origin).run();
}

class PythonTokenizer {
  private readonly tokens: PythonToken[] = [];
  private readonly brackets: OpenBracket[] = [];
  private readonly lineStarts: number[] = [0];
  private index = 0;

  constructor(
    private readonly source: string,
    private readonly origin: SourceOrigin | undefined,
  ) {
    for (let i = 0; i < source.length; i++) if (source[i] === '\n') this.lineStarts.push(i + 1);
  }

  run(): PythonToken[] {
    while (this.index < this.source.length) this.step();
    const open = this.brackets.at(-1);
    if (open) throw this.error(`'${open.char}' was never closed`, open.pos);
    this.push('eof', '', this.index);
    return this.tokens;
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
    while (this.index < this.source.length && !'\r\n'.includes(this.source[this.index])) this.index++;
  }

  private skipContinuation(): void {
    const next = this.source.slice(this.index + 1, this.index + 3);
    if (next.startsWith('\n')) this.index += 2;
    else if (next === '\r\n') this.index += 3;
    else if (next.startsWith('\r')) this.index += 2;
    else throw this.error('unexpected character after line continuation character', this.positionAt(this.index));
  }

  private newline(): void {
    const last = this.tokens.at(-1);
    if (this.brackets.length === 0 && last && last.kind !== 'newline') this.push('newline', '\n', this.index);
    this.index++;
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
    if (after === 'j' || after === 'J') throw this.error('complex numbers are not supported', this.positionAt(this.index));
    if (/[\p{L}\p{N}_.]/u.test(after)) throw this.error('invalid decimal literal', this.positionAt(this.index));
    this.push('number', match[0], this.index);
    this.index += match[0].length;
    return true;
  }

  private readOperator(): void {
    const start = this.index;
    const op = OPERATORS.find((candidate) => this.source.startsWith(candidate, start));
    if (!op) throw this.error(`invalid character '${this.source[start]}'`, this.positionAt(start));
    this.trackBracket(op, start);
    this.push('op', op, start);
    this.index += op.length;
  }

  private trackBracket(op: string, start: number): void {
    if ('([{'.includes(op)) this.brackets.push({ char: op, pos: this.positionAt(start) });
    const opener = CLOSERS[op];
    if (opener === undefined) return;
    const open = this.brackets.pop();
    if (!open) throw this.error(`unexpected '${op}'`, this.positionAt(start));
    if (open.char !== opener) {
      const where = `${open.pos.line}:${open.pos.column}`;
      throw this.error(`unexpected '${op}': '${open.char}' opened at ${where} is not closed`, this.positionAt(start));
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
    if (prefix.includes('f')) throw this.error('f-strings are not supported', this.positionAt(start));
    const bodyStart = start + opening.length;
    const bodyEnd = this.findStringEnd(bodyStart, quote, start);
    const body = this.source.slice(bodyStart, bodyEnd);
    const value = prefix.includes('r') ? body : this.decode(body, bodyStart, prefix.includes('b'));
    const text = this.source.slice(start, bodyEnd + quote.length);
    this.tokens.push({ kind: 'string', text, pos: this.positionAt(start), offset: start, value, prefix });
    this.index = bodyEnd + quote.length;
    return true;
  }

  private findStringEnd(from: number, quote: string, start: number): number {
    for (let i = from; i < this.source.length; i++) {
      const ch = this.source[i];
      if (ch === '\\') i++;
      else if (this.source.startsWith(quote, i)) return i;
      else if (quote.length === 1 && (ch === '\n' || ch === '\r')) break;
    }
    const kind = quote.length === 3 ? 'unterminated triple-quoted string literal' : 'unterminated string literal';
    throw this.error(kind, this.positionAt(start));
  }

  private decode(body: string, bodyStart: number, bytes: boolean): string {
    const decoded = decodePythonEscapes(body, bytes);
    if (typeof decoded === 'string') return decoded;
    throw this.error(decoded.reason, this.positionAt(bodyStart + decoded.index));
  }

  private push(kind: PythonTokenKind, text: string, offset: number): void {
    this.tokens.push({ kind, text, pos: this.positionAt(offset), offset });
  }

  private positionAt(offset: number): SourcePosition {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return absolutePosition(this.origin, low + 1, offset - this.lineStarts[low] + 1);
  }

  private error(reason: string, pos: SourcePosition): PythonSyntaxError {
    return new PythonSyntaxError(reason, pos, this.origin?.file);
  }
}
