import { evaluatePython, parsePythonExpression, PyTuple } from '@sightline/odoo-python';
import { qualifyXmlId } from '@sightline/odoo-model';

class CommandFactory {
  create(values: unknown) {
    return new PyTuple([0, 0, values as never]);
  }
  link(id: unknown) {
    return new PyTuple([4, id as never, 0]);
  }
  unlink(id: unknown) {
    return new PyTuple([3, id as never, 0]);
  }
  delete(id: unknown) {
    return new PyTuple([2, id as never, 0]);
  }
  clear() {
    return new PyTuple([5, 0, 0]);
  }
  set(ids: unknown) {
    return new PyTuple([6, 0, ids as never]);
  }
}

/** An `eval=` expression with `ref()` giving qualified XML ids and Odoo's `Command` helpers. */
export function evaluateFieldExpression(source: string, module: string, file: string, line: number): unknown {
  const names = { ref: (xmlid: string) => qualifyXmlId(xmlid, module), Command: new CommandFactory() };
  return evaluatePython(parsePythonExpression(source, { file, line }), { names });
}
