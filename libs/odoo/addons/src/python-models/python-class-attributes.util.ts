import { parsePythonExpression, PythonSyntaxError, type PyNode } from '@sightline/odoo-python';
import { logicalLinePosition } from './logical-line-position.util';
import { modelAttributeValue, type ModelAttributeName } from './model-attribute-value.util';
import type { PythonClassAttributes } from './python-class-attributes.type';
import { pythonCallArguments } from './python-call-arguments.util';
import { pythonFieldDefinition, type ParseArgumentValue } from './python-field-definition.util';
import type { PythonLogicalLine } from './python-logical-line.type';
import type { PythonModuleScope } from './python-module-scope';
import type { PythonFieldDefinition } from './python-model-class.type';

/** Where the class's file is: `module`/`file` for sites, `path` for error messages. */
export interface PythonFileOrigin {
  readonly module: string;
  readonly file: string;
  readonly path: string;
}

/** `name =` or, with a type annotation (Odoo 19), `name: Model =`. */
const ASSIGNMENT = /^([A-Za-z_]\w*)[ \t]*(?::[^=\n]*)?=(?!=)[ \t]*/;
const FIELD_CALL = /^fields[ \t]*\.[ \t]*([A-Za-z_]\w*)[ \t]*\(/;
const MODEL_ATTRIBUTES: ReadonlySet<string> = new Set<ModelAttributeName>(['_name', '_inherit', '_inherits', '_description', '_register']);

/**
 * Reads the model attributes (`_name = …`) and field declarations (`x = fields.Type(…)`) among a
 * class body's statements, parsing only what decides access; other statements are skipped.
 * @throws PythonSyntaxError / PythonEvaluationError naming file:line:column.
 */
export function pythonClassAttributes(body: readonly PythonLogicalLine[], origin: PythonFileOrigin, scope: PythonModuleScope): PythonClassAttributes {
  let attributes: Omit<PythonClassAttributes, 'fields'> = {};
  const fields: PythonFieldDefinition[] = [];
  const assigned = new Map<string, PyNode>();
  for (const line of body) {
    const { targets, offset } = assignmentTargets(line.text);
    if (targets.length === 0) continue;
    const parse = (text: string, at: number) => scope.resolve(parseInBrackets(text, logicalLinePosition(line, offset + at), origin.path));
    const rhs = line.text.slice(offset);
    const call = FIELD_CALL.exec(rhs);
    for (const target of targets) {
      if (call) fields.push(fieldDefinition(target, call, rhs, { line, origin, offset, parse }));
      else if (MODEL_ATTRIBUTES.has(target)) {
        const value = scope.resolve(withAssignedNames(parse(rhs, 0), assigned));
        assigned.set(target, value);
        attributes = { ...attributes, ...modelAttributeValue(target as ModelAttributeName, value) };
      }
    }
  }
  return { ...attributes, fields };
}

/**
 * An argument or right-hand side, parsed as it stands in the statement: inside brackets, where line
 * breaks do not end it (`'a,'` then `'b'` on the next line is one string). The `(` added in front
 * sits one column before the text, so positions stay those of the source.
 */
function parseInBrackets(text: string, at: { line: number; column: number }, file: string): PyNode {
  return parsePythonExpression(`(${text}\n)`, { line: at.line, column: at.column - 1, file });
}

/** `_inherit = _name` (or `[_name, 'mail.thread']`) refers to an attribute assigned earlier in the class body. */
function withAssignedNames(node: PyNode, assigned: ReadonlyMap<string, PyNode>): PyNode {
  if (node.kind === 'name') return assigned.get(node.id) ?? node;
  if (node.kind === 'list' || node.kind === 'tuple') return { ...node, elements: node.elements.map((element) => withAssignedNames(element, assigned)) };
  return node;
}

/** `a = b = value`: the names assigned and where the value starts. */
function assignmentTargets(text: string): { targets: string[]; offset: number } {
  const targets: string[] = [];
  let offset = 0;
  for (let match = ASSIGNMENT.exec(text); match; match = ASSIGNMENT.exec(text.slice(offset))) {
    targets.push(match[1]);
    offset += match[0].length;
  }
  return { targets, offset };
}

interface StatementContext {
  readonly line: PythonLogicalLine;
  readonly origin: PythonFileOrigin;
  /** Where the right-hand side starts in the statement. */
  readonly offset: number;
  readonly parse: ParseArgumentValue;
}

function fieldDefinition(name: string, call: RegExpExecArray, rhs: string, context: StatementContext): PythonFieldDefinition {
  const { line, origin, offset, parse } = context;
  const open = call[0].length - 1;
  const args = pythonCallArguments(rhs, open);
  if (!args) throw new PythonSyntaxError("'(' was never closed", logicalLinePosition(line, offset + open), origin.path);
  return pythonFieldDefinition(name, call[1], args, { module: origin.module, file: origin.file, line: line.line }, parse);
}
