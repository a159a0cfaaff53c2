import { PyTuple } from './py-value.type';
import { PythonFault } from './python.fault';
import { pythonRepr } from './python-str.util';
import { pythonTypeName } from './python-type-name.util';

/** `target[key]` for sequences (negative indexes too), strings, Maps and objects (own properties). */
export function pythonItem(target: unknown, key: unknown): unknown {
  const sequence = Array.isArray(target) || typeof target === 'string' ? target : target instanceof PyTuple ? target.items : undefined;
  if (sequence !== undefined) return sequenceItem(sequence, key, pythonTypeName(target));
  if (target instanceof Map) {
    if (!target.has(key)) throw new PythonFault(`KeyError: ${pythonRepr(key)}`);
    return target.get(key);
  }
  if (typeof target === 'object' && target !== null) return objectItem(target, key);
  throw new PythonFault(`'${pythonTypeName(target)}' object is not subscriptable`);
}

function sequenceItem(sequence: string | readonly unknown[], key: unknown, type: string): unknown {
  if (typeof key !== 'number' && typeof key !== 'boolean') throw new PythonFault(`${type} indices must be integers, not ${pythonTypeName(key)}`);
  const index = Number(key) < 0 ? sequence.length + Number(key) : Number(key);
  if (!Number.isInteger(index) || index < 0 || index >= sequence.length) throw new PythonFault(`${type} index out of range`);
  return sequence[index];
}

function objectItem(target: object, key: unknown): unknown {
  const name = typeof key === 'number' ? String(key) : key;
  if (typeof name !== 'string' || !Object.hasOwn(target, name) || name === '__proto__') throw new PythonFault(`KeyError: ${pythonRepr(key)}`);
  return (target as Record<string, unknown>)[name];
}
