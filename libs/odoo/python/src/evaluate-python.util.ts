import type { PyNode } from './py-node.type';
import type { PythonEnvironment } from './python-environment.type';
import { PythonEvaluator } from './python.evaluator';

/**
 * Evaluates a parsed expression with caller-supplied names and functions (`ref`, `Command`,
 * `user`, `company_ids`…): the counterpart of Odoo's `safe_eval` for `eval=` attributes and
 * domains. See {@link PythonEnvironment} for how JS values stand for Python values.
 * @throws PythonEvaluationError naming file, line, column, the cause and the offending node.
 */
export function evaluatePython(node: PyNode, env: PythonEnvironment): unknown {
  return new PythonEvaluator(env).evaluate(node);
}
