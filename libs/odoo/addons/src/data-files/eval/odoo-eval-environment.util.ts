import { PyTuple, type PythonEnvironment } from '@sightline/odoo-python';
import { qualifyXmlId } from '@sightline/odoo-model';
import { XmlRef } from './xml-ref.type';

/**
 * Odoo's `fields.Command` helpers, producing the same tuples as the numeric forms. Only what
 * security data uses is modelled: no evaluation needs the database.
 */
const COMMAND = Object.freeze({
  CREATE: 0,
  UPDATE: 1,
  DELETE: 2,
  UNLINK: 3,
  LINK: 4,
  CLEAR: 5,
  SET: 6,
  create: (values: unknown) => new PyTuple([0, 0, values]),
  update: (id: unknown, values: unknown) => new PyTuple([1, id, values]),
  delete: (id: unknown) => new PyTuple([2, id, 0]),
  unlink: (id: unknown) => new PyTuple([3, id, 0]),
  link: (id: unknown) => new PyTuple([4, id, 0]),
  clear: () => new PyTuple([5, 0, 0]),
  set: (ids: unknown) => new PyTuple([6, 0, ids]),
});

/**
 * The names an `eval=` of module `module` sees (Odoo `convert.py` `_get_idref`): `ref` (returns an
 * {@link XmlRef} qualified with the module) and `Command`. `time`, `datetime`, `obj`… are left
 * out: security fields never need them, and an expression using them is reported as unevaluable.
 */
export function odooEvalEnvironment(module: string): PythonEnvironment {
  const ref = (id: unknown): XmlRef => {
    if (typeof id !== 'string' || id === '') throw new Error('ref() expects an XML id string');
    return new XmlRef(qualifyXmlId(id, module));
  };
  return { names: { ref, Command: COMMAND } };
}
