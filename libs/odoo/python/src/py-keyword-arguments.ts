/**
 * Keyword arguments of a Python call. When a call has any, the evaluator passes one instance as
 * the last argument of the JS function: `ref('x', raise_if_not_found=False)` calls
 * `ref('x', new PyKeywordArguments({ raise_if_not_found: false }))`.
 */
export class PyKeywordArguments {
  readonly values: Readonly<Record<string, unknown>>;

  constructor(values: Record<string, unknown>) {
    this.values = Object.freeze({ ...values });
  }

  /** Splits a JS argument list into positional arguments and keyword arguments. */
  static split(args: readonly unknown[]): { positional: unknown[]; keywords: Readonly<Record<string, unknown>> } {
    const last = args.at(-1);
    if (last instanceof PyKeywordArguments) return { positional: args.slice(0, -1), keywords: last.values };
    return { positional: [...args], keywords: {} };
  }
}
