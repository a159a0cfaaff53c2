import { PyTuple } from './py-value.type';
import { isPlainObject } from './python-type-name.util';

/** Python truthiness: None, False, 0, '' and empty containers are false; other objects are true. */
export function isPythonTruthy(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (typeof value === 'string' || Array.isArray(value)) return value.length > 0;
  if (value instanceof PyTuple) return value.items.length > 0;
  if (value instanceof Set || value instanceof Map) return value.size > 0;
  if (isPlainObject(value)) return Object.keys(value).length > 0;
  return true;
}
