/** Where a piece of Python text starts inside its file (1-based line and column). */
export interface SourceOrigin {
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
}

/** An absolute position in the file: already offset by the text's {@link SourceOrigin}. */
export interface SourcePosition {
  readonly line: number;
  readonly column: number;
}
