/**
 * A runtime failure raised by the value helpers (e.g. "unsupported operand type(s)"). The
 * evaluator turns it into a {@link PythonEvaluationError} positioned at the node being evaluated.
 */
export class PythonFault extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'PythonFault';
  }
}
