import type { SourcePosition } from './source-location.type';

export type PythonTokenKind = 'name' | 'number' | 'string' | 'op' | 'newline' | 'eof';

/** One token; `pos` is absolute (offset by the origin), `offset` indexes the tokenized text. */
export interface PythonToken {
  readonly kind: PythonTokenKind;
  /** The token's source text (for strings: the literal as written, prefix and quotes included). */
  readonly text: string;
  readonly pos: SourcePosition;
  readonly offset: number;
  /** Strings only: the decoded value; undefined for f-strings (see `parts`). */
  readonly value?: string;
  /** Strings only: the lower-cased prefix (`r`, `u`, `b`, `rb`, `f`, `rf`…), '' when none. */
  readonly prefix?: string;
  /** F-strings only: the decoded literal text and the replacement fields, in source order. */
  readonly parts?: readonly PythonFStringTokenPart[];
}

/** A piece of an f-string token: literal text (escapes decoded, `{{` read as `{`) or a replacement field. */
export type PythonFStringTokenPart = { readonly kind: 'text'; readonly value: string } | PythonFStringTokenField;

/** `{expression=!conversion:spec}` inside an f-string, with the expression still as tokens. */
export interface PythonFStringTokenField {
  readonly kind: 'field';
  /** Where the `{` is. */
  readonly pos: SourcePosition;
  /** The expression's tokens, ending with an `eof` token placed at the character that ends the expression. */
  readonly tokens: readonly PythonToken[];
  /** `{x = }`: the expression text through the `=` and the spaces after it, printed before the value. */
  readonly debugText?: string;
  /** The character after `!`: `s`, `r` or `a`. */
  readonly conversion?: 's' | 'r' | 'a';
  /** The format spec after `:` (itself text and nested fields); undefined when there is no `:`. */
  readonly formatSpec?: readonly PythonFStringTokenPart[];
}
