import { describeNode } from './describe-node.util';
import { literalValue } from './literal-value.util';
import { parsePythonModuleLiteral } from './parse-python-module-literal.util';
import type { PyValue } from './py-value.type';
import { PythonEvaluationError } from './python-evaluation.error';
import type { SourceOrigin } from './source-location.type';

/**
 * Reads a `__manifest__.py` (or `__openerp__.py`): its last top-level expression must be a dict
 * literal; returns it as plain values (tuples as {@link PyTuple}).
 * @throws PythonSyntaxError or PythonEvaluationError naming file, line, column and cause.
 */
export function parseManifestSource(source: string, origin?: SourceOrigin): Record<string, PyValue> {
  const node = parsePythonModuleLiteral(source, origin);
  if (node.kind !== 'dict') throw new PythonEvaluationError(`a manifest must be a dict literal, found ${describeNode(node)}`, node);
  return literalValue(node) as Record<string, PyValue>;
}
