import type { PyBinaryOperator } from './py-node.type';
import { PyTuple } from './py-value.type';
import { PythonFault } from './python.fault';
import { pythonPercentFormat } from './python-percent-format.util';
import { checkSequenceLength } from './python-size-limit.util';
import { pythonTypeName } from './python-type-name.util';

type Numeric = number | boolean;

/** Python's binary arithmetic and bitwise operators on runtime values. */
export function pythonBinaryOperation(op: PyBinaryOperator, left: unknown, right: unknown): unknown {
  if (isNumeric(left) && isNumeric(right)) return numeric(op, Number(left), Number(right));
  const result = sequenceOperation(op, left, right);
  if (result !== undefined) return result;
  throw new PythonFault(`unsupported operand type(s) for ${op}: '${pythonTypeName(left)}' and '${pythonTypeName(right)}'`);
}

function isNumeric(value: unknown): value is Numeric {
  return typeof value === 'number' || typeof value === 'boolean';
}

function numeric(op: PyBinaryOperator, a: number, b: number): number {
  switch (op) {
    case '+': return a + b;
    case '-': return a - b;
    case '*': return a * b;
    case '/': return divide(a, b, a / b);
    case '//': return divide(a, b, Math.floor(a / b));
    case '%': return divide(a, b, ((a % b) + b) % b);
    case '**': return a ** b;
    default: return bitwise(op, a, b);
  }
}

function divide(a: number, b: number, result: number): number {
  if (b === 0) throw new PythonFault('division by zero');
  return result;
}

function bitwise(op: PyBinaryOperator, a: number, b: number): number {
  if (!Number.isInteger(a) || !Number.isInteger(b) || op === '@') {
    throw new PythonFault(`unsupported operand type(s) for ${op}: '${pythonTypeName(a)}' and '${pythonTypeName(b)}'`);
  }
  const big = { '|': BigInt(a) | BigInt(b), '&': BigInt(a) & BigInt(b), '^': BigInt(a) ^ BigInt(b) }[op as '|' | '&' | '^'];
  if (big !== undefined) return Number(big);
  if (b < 0) throw new PythonFault('negative shift count');
  return op === '<<' ? a * 2 ** b : Math.floor(a / 2 ** b);
}

function sequenceOperation(op: PyBinaryOperator, left: unknown, right: unknown): unknown {
  if (op === '%' && typeof left === 'string') return pythonPercentFormat(left, right);
  if (op === '+') return concatenate(left, right);
  if (op === '*') return repeat(left, right) ?? repeat(right, left);
  if (left instanceof Set && right instanceof Set) return setOperation(op, left, right);
  return undefined;
}

function concatenate(left: unknown, right: unknown): unknown {
  if (hasLength(left) && hasLength(right)) checkSequenceLength(lengthOf(left) + lengthOf(right));
  if (typeof left === 'string' && typeof right === 'string') return left + right;
  if (Array.isArray(left) && Array.isArray(right)) return [...left, ...right];
  if (left instanceof PyTuple && right instanceof PyTuple) return new PyTuple([...left.items, ...right.items]);
  return undefined;
}

function repeat(sequence: unknown, times: unknown): unknown {
  if (typeof times !== 'number' || !Number.isInteger(times)) return undefined;
  const count = Math.max(0, times);
  if (hasLength(sequence) && count > 0) checkSequenceLength(lengthOf(sequence) * count);
  if (typeof sequence === 'string') return sequence.repeat(count);
  if (Array.isArray(sequence)) return Array.from({ length: count }, () => sequence).flat();
  if (sequence instanceof PyTuple) return new PyTuple(Array.from({ length: count }, () => sequence.items).flat());
  return undefined;
}

function hasLength(value: unknown): value is string | unknown[] | PyTuple<unknown> {
  return typeof value === 'string' || Array.isArray(value) || value instanceof PyTuple;
}

function lengthOf(value: string | unknown[] | PyTuple<unknown>): number {
  return value instanceof PyTuple ? value.items.length : value.length;
}

function setOperation(op: PyBinaryOperator, left: Set<unknown>, right: Set<unknown>): Set<unknown> | undefined {
  if (op === '|') return new Set([...left, ...right]);
  if (op === '&') return new Set([...left].filter((x) => right.has(x)));
  if (op === '-') return new Set([...left].filter((x) => !right.has(x)));
  if (op === '^') return new Set([...[...left].filter((x) => !right.has(x)), ...[...right].filter((x) => !left.has(x))]);
  return undefined;
}
