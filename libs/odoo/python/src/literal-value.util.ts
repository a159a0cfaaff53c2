import { describeNode } from './describe-node.util';
import type { PyCall, PyDict, PyNode } from './py-node.type';
import { isPyTuple, PyTuple, type PyValue } from './py-value.type';
import { pythonRepr } from './python-str.util';
import { PythonEvaluationError } from './python-evaluation.error';

/**
 * Converts a literal expression (what Python's `ast.literal_eval` accepts, minus complex numbers)
 * to plain JS values. See {@link PyValue} for the mapping.
 * @throws PythonEvaluationError naming the position and the first non-literal node.
 */
export function literalValue(node: PyNode): PyValue {
  switch (node.kind) {
    case 'str': case 'num': case 'bool':
      return node.value;
    case 'none':
      return null;
    case 'list':
      return node.elements.map(literalValue);
    case 'tuple':
      return new PyTuple(node.elements.map(literalValue));
    case 'dict':
      return dictValue(node);
    case 'unary':
      return signedNumber(node.op, node.operand, node);
    case 'set':
      return new Set(node.elements.map(literalValue));
    case 'call':
      return emptySet(node);
    case 'fstring':
      throw new PythonEvaluationError(`not a literal: ${describeNode(node)} (an f-string is formatted at run time)`, node);
    default:
      throw new PythonEvaluationError(`not a literal: ${describeNode(node)}`, node);
  }
}

/** `set()`: the one call `ast.literal_eval` accepts, as `{}` is a dict. */
function emptySet(node: PyCall): ReadonlySet<PyValue> {
  if (node.func.kind === 'name' && node.func.id === 'set' && node.args.length === 0) return new Set();
  throw new PythonEvaluationError(`not a literal: ${describeNode(node)}`, node);
}

function signedNumber(op: string, operand: PyNode, node: PyNode): number {
  if ((op !== '-' && op !== '+') || operand.kind !== 'num') {
    throw new PythonEvaluationError(`not a literal: ${describeNode(node)}`, node);
  }
  return op === '-' ? -operand.value : operand.value;
}

function dictValue(node: PyDict): { [key: string]: PyValue } {
  return Object.fromEntries(
    node.entries.map((entry) => {
      if (!entry.key) throw new PythonEvaluationError(`not a literal: ${describeNode(entry.value)} unpacked with **`, entry.value);
      return [literalKey(entry.key), literalValue(entry.value)];
    }),
  );
}

function literalKey(node: PyNode): string {
  const value = literalValue(node);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (value === null) return 'None';
  if (typeof value === 'number') return node.kind === 'num' && node.isFloat && Number.isInteger(value) ? `${value}.0` : String(value);
  if (isPyTuple(value)) return pythonRepr(value);
  throw new PythonEvaluationError(`unhashable dict key: ${describeNode(node)}`, node);
}
