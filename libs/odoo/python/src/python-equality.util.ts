import { PyTuple } from './py-value.type';
import { isPlainObject } from './python-type-name.util';

/** Python `==`: numbers and bools compare by value (True == 1), lists/tuples/dicts/sets deeply. */
export function pythonEquals(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (isNumeric(a) && isNumeric(b)) return Number(a) === Number(b);
  if ((a === null || a === undefined) && (b === null || b === undefined)) return true;
  if (Array.isArray(a) && Array.isArray(b)) return sequenceEquals(a, b);
  if (a instanceof PyTuple && b instanceof PyTuple) return sequenceEquals(a.items, b.items);
  if (a instanceof Set && b instanceof Set) return a.size === b.size && [...a].every((x) => [...b].some((y) => pythonEquals(x, y)));
  if (isPlainObject(a) && isPlainObject(b)) return dictEquals(a, b);
  return false;
}

function isNumeric(value: unknown): value is number | boolean {
  return typeof value === 'number' || typeof value === 'boolean';
}

function sequenceEquals(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => pythonEquals(x, b[i]));
}

function dictEquals(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && pythonEquals(a[k], b[k]));
}
