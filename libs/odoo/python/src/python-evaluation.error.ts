import { PythonSourceError } from './python-source.error';
import type { PyNode } from './py-node.type';

/** Evaluating (or reading as a literal) a parsed expression failed; `node` is the offending node. */
export class PythonEvaluationError extends PythonSourceError {
  readonly node: PyNode;

  constructor(reason: string, node: PyNode) {
    super(reason, node.pos, node.file);
    this.name = 'PythonEvaluationError';
    this.node = node;
  }
}
