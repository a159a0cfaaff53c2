/**
 * A Python tuple as a plain value. Tuples are kept distinct from lists (Odoo gives them meaning:
 * a domain leaf is a tuple, `(4, id)` is a command), so they are instances of this class rather
 * than arrays. `items` is frozen.
 */
export class PyTuple<T = PyValue> {
  readonly items: readonly T[];

  constructor(items: readonly T[]) {
    this.items = Object.freeze([...items]);
  }

  get length(): number {
    return this.items.length;
  }

  toJSON(): { $tuple: readonly T[] } {
    return { $tuple: this.items };
  }
}

/**
 * The plain JS form of a Python literal: str → string, int/float → number, bool → boolean,
 * None → null, list → array, tuple → {@link PyTuple}, set → `Set`, dict → object (keys are str
 * literals, or numbers / True / False / None / tuples turned into their Python `str()` form).
 */
export type PyValue = string | number | boolean | null | PyValue[] | { [key: string]: PyValue } | PyTuple | ReadonlySet<PyValue>;

export function isPyTuple(value: unknown): value is PyTuple<unknown> {
  return value instanceof PyTuple;
}
