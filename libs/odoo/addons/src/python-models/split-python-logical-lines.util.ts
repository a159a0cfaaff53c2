import { PythonSyntaxError } from '@sightline/odoo-python';
import type { PythonLogicalLine } from './python-logical-line.type';
import { pythonStringEnd } from './python-string-end.util';

const OPENERS = '([{';
const CLOSERS = ')]}';
/** A run of characters that neither open, close nor end anything: skipped in one step. */
const PLAIN_RUN = /[^#\n\r\\"';()[\]{}]+/y;


/**
 * Splits Python source into logical lines (statements), the way Python's tokenizer groups physical
 * lines: brackets, strings (any prefix, f-strings included) and `\` continuations join lines; blank
 * and comment-only lines are dropped; `;` separates statements. Never parses the statements.
 * @throws PythonSyntaxError (file:line:column) for an unterminated string or bracket.
 */
export function splitPythonLogicalLines(source: string, file?: string): PythonLogicalLine[] {
  return new LogicalLineScanner(source, file).run();
}

class LogicalLineScanner {
  private readonly lines: PythonLogicalLine[] = [];
  private index = 0;
  private line = 1;
  private lineStart = 0;

  constructor(
    private readonly source: string,
    private readonly file: string | undefined,
  ) {}

  run(): PythonLogicalLine[] {
    while (this.index < this.source.length) this.physicalLine();
    return this.lines;
  }

  private physicalLine(): void {
    const indent = this.skipIndentation();
    const ch = this.source[this.index];
    if (ch === undefined) return;
    if (ch === '#' || ch === '\n' || ch === '\r') {
      this.skipToLineEnd();
      this.consumeNewline();
      return;
    }
    this.statements(indent);
  }

  private skipIndentation(): number {
    let width = 0;
    for (;;) {
      const ch = this.source[this.index];
      if (ch === ' ') width++;
      else if (ch === '\t') width = (Math.floor(width / 8) + 1) * 8;
      else if (ch !== '\f' && ch !== '\uFEFF') return width;
      this.index++;
    }
  }

  /** Reads statements until the end of the logical line (several when separated by `;`). */
  private statements(indent: number): void {
    for (;;) {
      const end = this.statement(indent);
      if (end !== ';') return;
      this.skipSpaces();
      const ch = this.source[this.index];
      if (ch === undefined || ch === '#' || ch === '\n' || ch === '\r') {
        this.skipToLineEnd();
        this.consumeNewline();
        return;
      }
    }
  }

  /** Reads one statement; returns ';' when another statement follows on the same line. */
  private statement(indent: number): string {
    const start = this.index;
    const line = this.line;
    const column = start - this.lineStart + 1;
    const depth: { char: string; line: number; column: number }[] = [];
    let end = start;
    for (;;) {
      const ch = this.source[this.index];
      if (ch === undefined) break;
      if (ch === '#') this.skipToLineEnd();
      else if (ch === '\n' || ch === '\r') {
        if (depth.length === 0) break;
        this.consumeNewline();
      } else if (ch === '\\' && this.isLineContinuation()) {
        this.index++;
        this.consumeNewline();
      } else if (ch === '"' || ch === "'") {
        this.skipString();
        end = this.index;
      } else if (ch === ';' && depth.length === 0) {
        this.push(start, end, line, column, indent);
        this.index++;
        return ';';
      } else if (this.skipPlainRun()) {
        end = this.plainRunEnd ?? end;
      } else {
        if (OPENERS.includes(ch)) depth.push({ char: ch, line: this.line, column: this.index - this.lineStart + 1 });
        else if (CLOSERS.includes(ch)) depth.pop();
        this.index++;
        if (ch !== ' ' && ch !== '\t' && ch !== '\f') end = this.index;
      }
    }
    const open = depth.at(-1);
    if (open) throw new PythonSyntaxError(`'${open.char}' was never closed`, open, this.file);
    this.push(start, end, line, column, indent);
    this.consumeNewline();
    return '';
  }

  /** Where the last plain run's text ends (blanks left out); undefined when it was all blanks. */
  private plainRunEnd: number | undefined;

  private skipPlainRun(): boolean {
    PLAIN_RUN.lastIndex = this.index;
    const run = PLAIN_RUN.exec(this.source);
    if (!run) return false;
    const runStart = this.index;
    this.index += run[0].length;
    let last = this.index; // a backward scan: a regex for trailing blanks would be quadratic on long blank runs
    while (last > runStart && ' \t\f'.includes(this.source[last - 1]!)) last--;
    this.plainRunEnd = last === runStart ? undefined : last;
    return true;
  }

  private push(start: number, end: number, line: number, column: number, indent: number): void {
    const text = this.source.slice(start, end);
    if (text.trim() !== '') this.lines.push({ text, line, column, indent });
  }

  private isLineContinuation(): boolean {
    const next = this.source[this.index + 1];
    return next === '\n' || next === '\r';
  }

  private skipString(): void {
    const end = pythonStringEnd(this.source, this.index);
    if (end === undefined) {
      const triple = this.source.startsWith(this.source[this.index].repeat(3), this.index);
      const reason = triple ? 'unterminated triple-quoted string literal' : 'unterminated string literal';
      throw new PythonSyntaxError(reason, { line: this.line, column: this.index - this.lineStart + 1 }, this.file);
    }
    for (let i = this.index; i < end; i++) {
      const ch = this.source[i];
      if (ch === '\n' || (ch === '\r' && this.source[i + 1] !== '\n')) {
        this.line++;
        this.lineStart = i + 1;
      }
    }
    this.index = end;
  }

  private skipSpaces(): void {
    while (this.source[this.index] === ' ' || this.source[this.index] === '\t') this.index++;
  }

  private skipToLineEnd(): void {
    while (this.index < this.source.length && this.source[this.index] !== '\n' && this.source[this.index] !== '\r') this.index++;
  }

  private consumeNewline(): void {
    if (this.source[this.index] === '\r' && this.source[this.index + 1] === '\n') this.index += 2;
    else if (this.source[this.index] === '\n' || this.source[this.index] === '\r') this.index++;
    else return;
    this.line++;
    this.lineStart = this.index;
  }
}
