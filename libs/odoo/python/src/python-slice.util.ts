import { PyTuple } from './py-value.type';
import { PythonFault } from './python.fault';
import { pythonTypeName } from './python-type-name.util';

/** `target[lower:upper:step]` on a list, tuple or str. */
export function pythonSlice(target: unknown, lower: unknown, upper: unknown, step: unknown): unknown {
  const by = step === null || step === undefined ? 1 : Number(step);
  if (by === 0) throw new PythonFault('slice step cannot be zero');
  const items = typeof target === 'string' ? [...target] : Array.isArray(target) ? target : target instanceof PyTuple ? target.items : undefined;
  if (!items) throw new PythonFault(`'${pythonTypeName(target)}' object is not subscriptable`);
  const picked = pick(items, bound(lower, items.length, by > 0 ? 0 : items.length - 1), bound(upper, items.length, by > 0 ? items.length : -1), by);
  if (typeof target === 'string') return picked.join('');
  return target instanceof PyTuple ? new PyTuple(picked) : picked;
}

function bound(value: unknown, length: number, fallback: number): number {
  if (value === null || value === undefined) return fallback;
  const n = Number(value);
  return n < 0 ? Math.max(n + length, -1) : Math.min(n, length);
}

function pick(items: readonly unknown[], start: number, stop: number, step: number): unknown[] {
  const out: unknown[] = [];
  for (let i = start; step > 0 ? i < stop : i > stop; i += step) if (i >= 0 && i < items.length) out.push(items[i]);
  return out;
}
