import { PyTuple } from './py-value.type';
import { isPlainObject } from './python-type-name.util';
import { pythonEquals } from './python-equality.util';
import { pythonStr } from './python-str.util';
import { PythonFault } from './python.fault';

type Method = (...args: unknown[]) => unknown;

const STRING_METHODS: Readonly<Record<string, (s: string, ...args: unknown[]) => unknown>> = {
  lower: (s) => s.toLowerCase(),
  upper: (s) => s.toUpperCase(),
  strip: (s) => s.trim(),
  startswith: (s, prefix) => s.startsWith(String(prefix)),
  endswith: (s, suffix) => s.endsWith(String(suffix)),
  split: (s, separator) => (separator === undefined || separator === null ? s.trim().split(/\s+/).filter(Boolean) : s.split(String(separator))),
  replace: (s, from, to) => s.split(String(from)).join(String(to)),
  join: (s, items) => (items as unknown[]).map(pythonStr).join(s),
};

const DICT_METHODS: Readonly<Record<string, (d: Record<string, unknown>, ...args: unknown[]) => unknown>> = {
  get: (d, key, fallback = null) => (typeof key === 'string' && Object.hasOwn(d, key) ? d[key] : fallback),
  keys: (d) => Object.keys(d),
  values: (d) => Object.values(d),
  items: (d) => Object.entries(d).map((entry) => new PyTuple(entry)),
};

const SEQUENCE_METHODS: Readonly<Record<string, (items: readonly unknown[], ...args: unknown[]) => unknown>> = {
  count: (items, x) => items.filter((y) => pythonEquals(x, y)).length,
  index: (items, x) => {
    const at = items.findIndex((y) => pythonEquals(x, y));
    if (at < 0) throw new PythonFault('ValueError: x not in list');
    return at;
  },
};

/** The few methods of Python's str, dict, list and tuple that Odoo data expressions use. */
export function pythonBuiltinMethod(target: unknown, name: string): Method | undefined {
  if (typeof target === 'string' && Object.hasOwn(STRING_METHODS, name)) return (...args) => STRING_METHODS[name](target, ...args);
  if (isPlainObject(target) && Object.hasOwn(DICT_METHODS, name)) return (...args) => DICT_METHODS[name](target, ...args);
  const items = Array.isArray(target) ? target : target instanceof PyTuple ? target.items : undefined;
  if (items && Object.hasOwn(SEQUENCE_METHODS, name)) return (...args) => SEQUENCE_METHODS[name](items, ...args);
  return undefined;
}
