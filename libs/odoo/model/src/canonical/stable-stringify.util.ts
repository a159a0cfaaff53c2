import { compareStrings } from './compare-strings.util';

/**
 * JSON with object keys in code-unit order and `undefined` properties left out, so equal values
 * always give equal text. Refuses values JSON cannot carry faithfully (NaN, functions…).
 */
export function stableStringify(value: unknown): string {
  if (value === undefined) throw new TypeError('stableStringify: undefined has no JSON form');
  return write(value);
}

function write(value: unknown): string {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'number') return writeNumber(value);
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : write(item))).join(',')}]`;
  if (typeof value === 'object') return writeObject(value as Record<string, unknown>);
  throw new TypeError(`stableStringify: a ${typeof value} has no JSON form`);
}

function writeNumber(value: number): string {
  if (!Number.isFinite(value)) throw new TypeError(`stableStringify: ${value} has no JSON form`);
  return JSON.stringify(value);
}

function writeObject(value: Record<string, unknown>): string {
  const keys = Object.keys(value)
    .filter((key) => value[key] !== undefined)
    .sort(compareStrings);
  return `{${keys.map((key) => `${JSON.stringify(key)}:${write(value[key])}`).join(',')}}`;
}
