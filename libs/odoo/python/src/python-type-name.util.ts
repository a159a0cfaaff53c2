import { PyTuple } from './py-value.type';

/** The Python type name of a JS value, for messages ("unsupported operand type(s) for +: 'list' and 'int'"). */
export function pythonTypeName(value: unknown): string {
  if (value === null || value === undefined) return 'NoneType';
  if (typeof value === 'string') return 'str';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float';
  if (typeof value === 'function') return 'function';
  if (Array.isArray(value)) return 'list';
  if (value instanceof PyTuple) return 'tuple';
  if (value instanceof Set) return 'set';
  if (value instanceof Map || isPlainObject(value)) return 'dict';
  return (value as object).constructor?.name || 'object';
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
