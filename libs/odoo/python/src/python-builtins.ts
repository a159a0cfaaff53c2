import { PyKeywordArguments } from './py-keyword-arguments';
import { PyTuple } from './py-value.type';
import { pythonCompare } from './python-comparison.util';
import { PythonFault } from './python.fault';
import { pythonItems } from './python-iteration.util';
import { pythonRepr, pythonStr } from './python-str.util';
import { checkSequenceLength } from './python-size-limit.util';
import { isPythonTruthy } from './python-truth.util';
import { isPlainObject, pythonTypeName } from './python-type-name.util';

type Builtin = (...args: unknown[]) => unknown;

/** The side-effect-free part of Odoo's `safe_eval` builtins, available unless an environment opts out. */
export const PYTHON_BUILTINS: Readonly<Record<string, Builtin>> = Object.freeze({
  len: (value: unknown) => lengthOf(value),
  bool: (value: unknown = false) => isPythonTruthy(value),
  int: (value: unknown = 0) => toInt(value),
  float: (value: unknown = 0) => toFloat(value),
  str: (value: unknown = '') => pythonStr(value),
  repr: (value: unknown) => pythonRepr(value),
  list: (value: unknown = []) => pythonItems(value),
  tuple: (value: unknown = []) => new PyTuple(pythonItems(value)),
  set: (value: unknown = []) => new Set(pythonItems(value)),
  abs: (value: unknown) => Math.abs(Number(value)),
  round: (value: unknown, digits: unknown = 0) => Math.round(Number(value) * 10 ** Number(digits)) / 10 ** Number(digits),
  sum: (values: unknown, start: unknown = 0) => pythonItems(values).reduce((total: number, v) => total + Number(v), Number(start)),
  any: (values: unknown) => pythonItems(values).some(isPythonTruthy),
  all: (values: unknown) => pythonItems(values).every(isPythonTruthy),
  min: (...args: unknown[]) => extreme(args, '<'),
  max: (...args: unknown[]) => extreme(args, '>'),
  sorted: (values: unknown) => [...pythonItems(values)].sort((a, b) => (pythonCompare('<', a, b) ? -1 : pythonCompare('<', b, a) ? 1 : 0)),
  range: (...args: unknown[]) => range(args.map(Number)),
  enumerate: (values: unknown) => pythonItems(values).map((v, i) => new PyTuple([i, v])),
  zip: (...lists: unknown[]) => zip(lists.map(pythonItems)),
});

function lengthOf(value: unknown): number {
  if (typeof value === 'string' || Array.isArray(value)) return value.length;
  if (value instanceof PyTuple) return value.items.length;
  if (value instanceof Set || value instanceof Map) return value.size;
  if (isPlainObject(value)) return Object.keys(value).length;
  throw new PythonFault(`object of type '${pythonTypeName(value)}' has no len()`);
}

function toInt(value: unknown): number {
  const n = typeof value === 'string' ? Number(value.trim()) : Number(value);
  if (Number.isNaN(n) || (typeof value === 'string' && !/^\s*[-+]?\d+\s*$/.test(value))) {
    throw new PythonFault(`invalid literal for int(): ${pythonRepr(value)}`);
  }
  return Math.trunc(n);
}

function toFloat(value: unknown): number {
  const n = Number(value);
  if (Number.isNaN(n)) throw new PythonFault(`could not convert to float: ${pythonRepr(value)}`);
  return n;
}

function extreme(args: unknown[], op: '<' | '>'): unknown {
  const positional = PyKeywordArguments.split(args).positional;
  const values = positional.length === 1 ? pythonItems(positional[0]) : positional;
  if (values.length === 0) throw new PythonFault(`${op === '<' ? 'min' : 'max'}() arg is an empty sequence`);
  return values.reduce((best, v) => (pythonCompare(op, v, best) ? v : best));
}

function range(args: number[]): number[] {
  const [start, stop, step = 1] = args.length === 1 ? [0, args[0]] : args;
  if (step === 0) throw new PythonFault('range() arg 3 must not be zero');
  const length = Math.ceil((stop - start) / step);
  if (length > 0) checkSequenceLength(length);
  const out: number[] = [];
  for (let i = start; step > 0 ? i < stop : i > stop; i += step) out.push(i);
  return out;
}

function zip(lists: unknown[][]): PyTuple<unknown>[] {
  const length = Math.min(...lists.map((l) => l.length));
  return Array.from({ length: lists.length ? length : 0 }, (_, i) => new PyTuple(lists.map((l) => l[i])));
}
