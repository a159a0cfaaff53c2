import type { SourcePosition } from './source-location.type';

/** Fields every node carries: its absolute start position and, when known, the file it came from. */
export interface PyNodeBase {
  readonly pos: SourcePosition;
  readonly file?: string;
}

export type PyUnaryOperator = 'not' | '-' | '+' | '~';
export type PyBinaryOperator = '+' | '-' | '*' | '/' | '//' | '%' | '**' | '@' | '|' | '&' | '^' | '<<' | '>>';
export type PyBooleanOperator = 'and' | 'or';
export type PyCompareOperator = '==' | '!=' | '<' | '<=' | '>' | '>=' | 'in' | 'not in' | 'is' | 'is not';

/** A string literal; adjacent literals are already concatenated (see {@link PyFString} when one is an f-string). `bytes` for `b'…'`. */
export interface PyStr extends PyNodeBase { readonly kind: 'str'; readonly value: string; readonly bytes?: boolean }
/** A number; `raw` is the text as written, `isFloat` tells `1.0` from `1`. */
export interface PyNum extends PyNodeBase { readonly kind: 'num'; readonly value: number; readonly raw: string; readonly isFloat: boolean }
export interface PyBool extends PyNodeBase { readonly kind: 'bool'; readonly value: boolean }
export interface PyNone extends PyNodeBase { readonly kind: 'none' }
export interface PyList extends PyNodeBase { readonly kind: 'list'; readonly elements: readonly PyNode[] }
export interface PyTupleNode extends PyNodeBase { readonly kind: 'tuple'; readonly elements: readonly PyNode[] }
export interface PySet extends PyNodeBase { readonly kind: 'set'; readonly elements: readonly PyNode[] }
/** A dict display; an entry without `key` is a `**mapping` unpacking. */
export interface PyDict extends PyNodeBase { readonly kind: 'dict'; readonly entries: readonly PyDictEntry[] }
export interface PyDictEntry { readonly key?: PyNode; readonly value: PyNode }
export interface PyName extends PyNodeBase { readonly kind: 'name'; readonly id: string }
export interface PyAttribute extends PyNodeBase { readonly kind: 'attribute'; readonly object: PyNode; readonly name: string }
/** A call; `args` holds positional nodes, `starred` (`*x`) and `keyword` (`k=v`, `**m`) nodes in source order. */
export interface PyCall extends PyNodeBase { readonly kind: 'call'; readonly func: PyNode; readonly args: readonly PyNode[] }
export interface PySubscript extends PyNodeBase { readonly kind: 'subscript'; readonly object: PyNode; readonly index: PyNode }
export interface PySlice extends PyNodeBase { readonly kind: 'slice'; readonly lower?: PyNode; readonly upper?: PyNode; readonly step?: PyNode }
export interface PyUnary extends PyNodeBase { readonly kind: 'unary'; readonly op: PyUnaryOperator; readonly operand: PyNode }
export interface PyBinary extends PyNodeBase { readonly kind: 'binary'; readonly op: PyBinaryOperator; readonly left: PyNode; readonly right: PyNode }
/** `a and b and c` is one node with three values. */
export interface PyBoolOp extends PyNodeBase { readonly kind: 'boolop'; readonly op: PyBooleanOperator; readonly values: readonly PyNode[] }
/** A comparison chain `a < b <= c`: `ops[i]` compares the previous operand with `comparators[i]`. */
export interface PyCompare extends PyNodeBase {
  readonly kind: 'compare';
  readonly left: PyNode;
  readonly ops: readonly PyCompareOperator[];
  readonly comparators: readonly PyNode[];
}
/** `body if test else orelse` */
export interface PyIfExp extends PyNodeBase { readonly kind: 'ifexp'; readonly test: PyNode; readonly body: PyNode; readonly orelse: PyNode }
export interface PyGenerator { readonly target: PyNode; readonly iter: PyNode; readonly ifs: readonly PyNode[] }
/** `[e for …]`, `{e for …}`, `(e for …)`, `{k: v for …}` (then `element` is the key and `value` the value). */
export interface PyComprehension extends PyNodeBase {
  readonly kind: 'comprehension';
  readonly type: 'list' | 'set' | 'generator' | 'dict';
  readonly element: PyNode;
  readonly value?: PyNode;
  readonly generators: readonly PyGenerator[];
}
export interface PyStarred extends PyNodeBase { readonly kind: 'starred'; readonly value: PyNode }
/** A keyword argument `name=value`, or `**value` when `name` is undefined. */
export interface PyKeyword extends PyNodeBase { readonly kind: 'keyword'; readonly name?: string; readonly value: PyNode }
/** `lambda params: body`; `params` in source order (see {@link PyParameter}). */
export interface PyLambda extends PyNodeBase { readonly kind: 'lambda'; readonly params: readonly PyParameter[]; readonly body: PyNode }
/**
 * A lambda parameter. `kind` is how arguments bind to it: `positional-only` (before `/`),
 * `positional`, `var-positional` (`*args`), `keyword-only` (after `*` or `*args`), `var-keyword` (`**kw`).
 */
export interface PyParameter { readonly name: string; readonly kind: PyParameterKind; readonly default?: PyNode }
export type PyParameterKind = 'positional-only' | 'positional' | 'var-positional' | 'keyword-only' | 'var-keyword';
/**
 * An f-string; adjacent literals (plain or f) are already joined into one. `parts` are the literal
 * texts (decoded, `{{` read as `{`) and the replacement fields, in source order. `{x=}` is stored as
 * Python's own parser does: the text `x=`, then the field (with conversion `r` unless one or a spec is given).
 */
export interface PyFString extends PyNodeBase { readonly kind: 'fstring'; readonly parts: readonly PyFStringPart[] }
export type PyFStringPart = string | PyFormattedValue;
/** A replacement field `{value!conversion:formatSpec}`; `formatSpec` is absent when there is no `:`. */
export interface PyFormattedValue {
  readonly value: PyNode;
  readonly conversion?: 's' | 'r' | 'a';
  readonly formatSpec?: readonly PyFStringPart[];
}

export type PyNode =
  | PyStr | PyNum | PyBool | PyNone | PyList | PyTupleNode | PySet | PyDict | PyName | PyAttribute | PyCall
  | PySubscript | PySlice | PyUnary | PyBinary | PyBoolOp | PyCompare | PyIfExp | PyComprehension | PyStarred
  | PyKeyword | PyLambda | PyFString;

export type PyNodeKind = PyNode['kind'];
