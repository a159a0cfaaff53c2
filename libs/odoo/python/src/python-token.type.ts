import type { SourcePosition } from './source-location.type';

export type PythonTokenKind = 'name' | 'number' | 'string' | 'op' | 'newline' | 'eof';

/** One token; `pos` is absolute (offset by the origin), `offset` indexes the tokenized text. */
export interface PythonToken {
  readonly kind: PythonTokenKind;
  /** The token's source text (for strings: the literal as written, prefix and quotes included). */
  readonly text: string;
  readonly pos: SourcePosition;
  readonly offset: number;
  /** Strings only: the decoded value. */
  readonly value?: string;
  /** Strings only: the lower-cased prefix (`r`, `u`, `b`, `rb`…), '' when none. */
  readonly prefix?: string;
}
