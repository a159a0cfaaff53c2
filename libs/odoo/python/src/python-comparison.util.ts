import type { PyCompareOperator } from './py-node.type';
import { PyTuple } from './py-value.type';
import { pythonContains } from './python-contains.util';
import { pythonEquals } from './python-equality.util';
import { PythonFault } from './python.fault';
import { pythonTypeName } from './python-type-name.util';

/** One Python comparison `left op right` on runtime values. */
export function pythonCompare(op: PyCompareOperator, left: unknown, right: unknown): boolean {
  switch (op) {
    case '==': return pythonEquals(left, right);
    case '!=': return !pythonEquals(left, right);
    case 'is': return identical(left, right);
    case 'is not': return !identical(left, right);
    case 'in': return pythonContains(right, left);
    case 'not in': return !pythonContains(right, left);
    default: return ordered(op, left, right);
  }
}

function identical(a: unknown, b: unknown): boolean {
  return a === b || ((a === null || a === undefined) && (b === null || b === undefined));
}

function ordered(op: PyCompareOperator, left: unknown, right: unknown): boolean {
  const order = compareOrder(left, right);
  if (order === undefined) {
    throw new PythonFault(`'${op}' not supported between instances of '${pythonTypeName(left)}' and '${pythonTypeName(right)}'`);
  }
  return { '<': order < 0, '<=': order <= 0, '>': order > 0, '>=': order >= 0 }[op as '<' | '<=' | '>' | '>='];
}

function compareOrder(left: unknown, right: unknown): number | undefined {
  const numeric = (v: unknown) => typeof v === 'number' || typeof v === 'boolean';
  if (numeric(left) && numeric(right)) return Math.sign(Number(left) - Number(right));
  if (typeof left === 'string' && typeof right === 'string') return left < right ? -1 : left > right ? 1 : 0;
  if (Array.isArray(left) && Array.isArray(right)) return sequenceOrder(left, right);
  if (left instanceof PyTuple && right instanceof PyTuple) return sequenceOrder(left.items, right.items);
  return undefined;
}

function sequenceOrder(left: readonly unknown[], right: readonly unknown[]): number | undefined {
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    if (pythonEquals(left[i], right[i])) continue;
    return compareOrder(left[i], right[i]);
  }
  return Math.sign(left.length - right.length);
}
