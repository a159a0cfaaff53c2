import { PyTuple } from './py-value.type';
import { PythonFault } from './python.fault';
import { isPlainObject, pythonTypeName } from './python-type-name.util';

/** The items a Python `for` loop would see: sequences, str characters, set items, dict keys. */
export function pythonItems(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (value instanceof PyTuple) return [...value.items];
  if (typeof value === 'string') return [...value];
  if (value instanceof Set) return [...value];
  if (value instanceof Map) return [...value.keys()];
  if (isPlainObject(value)) return Object.keys(value);
  if (typeof value === 'object' && value !== null && Symbol.iterator in value) return [...(value as Iterable<unknown>)];
  throw new PythonFault(`'${pythonTypeName(value)}' object is not iterable`);
}
