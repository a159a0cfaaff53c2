/** One Python statement as written: a physical line, or several joined by brackets, strings or `\`. */
export interface PythonLogicalLine {
  /** The statement's text, from its first character up to (not including) a trailing comment. */
  readonly text: string;
  /** 1-based line and column where the statement starts. */
  readonly line: number;
  readonly column: number;
  /** Width of the leading whitespace of the statement's first physical line (a tab counts to the next multiple of 8). */
  readonly indent: number;
}
