/**
 * What an expression may see when evaluated with `evaluatePython`.
 *
 * Values map to Python this way: string ↔ str, number ↔ int/float, boolean ↔ bool, null ↔ None,
 * array ↔ list, `PyTuple` ↔ tuple, plain object or Map ↔ dict, Set ↔ set, function ↔ callable
 * (called with positional arguments, then a `PyKeywordArguments` when there are keywords).
 * Any other object is an opaque caller object: `obj.attr` reads its own properties or the methods
 * of its class, and `obj[key]` its own properties (or `Map` entries).
 */
export interface PythonEnvironment {
  /** Variables and functions in scope, e.g. `ref`, `Command`, `user`, `company_ids`. */
  readonly names: Readonly<Record<string, unknown>> | ReadonlyMap<string, unknown>;
  /** Custom attribute lookup, tried first; return `undefined` to fall back to the default lookup. */
  readonly getAttribute?: (target: unknown, name: string) => unknown;
  /** Set to false to hide the safe builtins (`len`, `str`, `min`, `any`…); default true. */
  readonly builtins?: boolean;
}
