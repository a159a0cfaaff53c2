/**
 * A value written to a record field, before it is converted to the field's type: an XML `ref=`
 * (null for `ref="False"`), a Python value (an `eval=`, evaluated on demand, or a value of a
 * `<function>` call), or text (XML element text, CSV cell).
 */
export type FieldValue =
  | { readonly kind: 'ref'; readonly xmlid: string | null }
  | { readonly kind: 'python'; readonly read: () => unknown }
  | { readonly kind: 'text'; readonly text: string }
  /** A value the reader cannot compute from source (`search=`…): the field is left unchanged, with a warning. */
  | { readonly kind: 'unsupported'; readonly reason: string };

/** A field assignment and where it is written. */
export interface FieldWrite {
  readonly name: string;
  readonly value: FieldValue;
  readonly line: number;
}
