import { formatPython, type PyNode } from '@sightline/odoo-python';
import type { FieldGroups } from './field-groups.type';
import { NO_ACCESS_GROUPS, parseFieldGroups } from './parse-field-groups.util';

/** Expressions known to evaluate to Odoo's `NO_ACCESS` marker. */
const NO_ACCESS_EXPRESSIONS = new Set(['fields.NO_ACCESS', 'NO_ACCESS']);

/** The value of a `groups=` keyword: a string, a false value, or an expression kept as text. */
export function fieldGroupsAttribute(node: PyNode): FieldGroups {
  if (node.kind === 'str') return parseFieldGroups(node.value);
  if ((node.kind === 'bool' && !node.value) || node.kind === 'none') return parseFieldGroups('');
  const source = formatPython(node);
  const known = NO_ACCESS_EXPRESSIONS.has(source);
  return {
    ...parseFieldGroups(known ? NO_ACCESS_GROUPS : ''),
    text: `<expr:${source}>`,
    unresolved: !known,
  };
}
