import { isPyTuple, literalValue, PythonEvaluationError, type PyNode, type PyValue } from '@sightline/odoo-python';
import type { PythonClassAttributes } from './python-class-attributes.type';

/** Model attributes a class body may set, read from their right-hand side. */
export type ModelAttributeName = '_name' | '_inherit' | '_inherits' | '_description' | '_register';

/**
 * The value of `_name` (a string; `None`, BaseModel's default, names nothing), `_inherit` (a string
 * or a list/tuple of strings), `_inherits` (a dict, in written order), `_description` (a string
 * literal, else unknown) or `_register` (a boolean literal).
 * @throws PythonEvaluationError naming file:line:column when the value is not what Odoo expects.
 */
export function modelAttributeValue(target: ModelAttributeName, node: PyNode): Omit<PythonClassAttributes, 'fields'> {
  switch (target) {
    case '_name': return { name: nameValue(node) };
    case '_inherit': return { inherit: inheritValue(node) };
    case '_inherits': return { inherits: inheritsValue(node) };
    case '_description': return { description: node.kind === 'str' ? node.value : undefined };
    case '_register': return { register: node.kind === 'bool' ? node.value : undefined };
  }
}

function nameValue(node: PyNode): string | undefined {
  const value = literalValue(node);
  if (value === null) return undefined;
  if (typeof value !== 'string') throw new PythonEvaluationError('_name must be a string', node);
  return value;
}

function inheritValue(node: PyNode): readonly string[] {
  const value = literalValue(node);
  const items = typeof value === 'string' ? [value] : listItems(value);
  if (!items?.every((item): item is string => typeof item === 'string')) {
    throw new PythonEvaluationError('_inherit must be a string or a list of strings', node);
  }
  return items;
}

function inheritsValue(node: PyNode): Array<readonly [string, string]> {
  const value = literalValue(node);
  const isDict = value !== null && typeof value === 'object' && !Array.isArray(value) && !isPyTuple(value);
  const entries = isDict ? Object.entries(value) : undefined;
  if (!entries?.every((entry): entry is [string, string] => typeof entry[1] === 'string')) {
    throw new PythonEvaluationError('_inherits must be a dict of model names to field names', node);
  }
  return entries;
}

function listItems(value: PyValue): readonly PyValue[] | undefined {
  if (Array.isArray(value)) return value;
  return isPyTuple(value) ? (value.items as readonly PyValue[]) : undefined;
}
