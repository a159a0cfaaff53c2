import type { PyNode } from '@sightline/odoo-python';
import type { PythonCallArgument } from './python-call-arguments.util';
import { fieldGroupsAttribute } from './field-groups-attribute.util';
import type { PythonFieldDefinition } from './python-model-class.type';
import type { SourceSite } from './source-site.type';

/** Field classes whose first positional argument is the related model. */
const RELATIONAL_TYPES = new Set(['Many2one', 'One2many', 'Many2many']);
const KEYWORD = /^([A-Za-z_]\w*)\s*=(?!=)\s*/;

/** Parses the text of one argument value; `offset` is where the value starts in the call text. */
export type ParseArgumentValue = (text: string, offset: number) => PyNode;

/**
 * Reads `name = fields.Type(args)`: only the arguments that decide access are parsed (the related
 * model, `related=`, `groups=`); the others are left as written.
 */
export function pythonFieldDefinition(
  name: string,
  type: string,
  args: readonly PythonCallArgument[],
  site: SourceSite,
  parse: ParseArgumentValue,
): PythonFieldDefinition {
  const keywords = new Map<string, PythonCallArgument>();
  const positional: PythonCallArgument[] = [];
  for (const arg of args) {
    const keyword = KEYWORD.exec(arg.text);
    if (keyword) keywords.set(keyword[1], { text: arg.text.slice(keyword[0].length), offset: arg.offset + keyword[0].length });
    else if (!arg.text.startsWith('*')) positional.push(arg);
  }
  const value = (arg: PythonCallArgument | undefined): PyNode | undefined => arg && parse(arg.text, arg.offset);
  const comodelNode = value(keywords.get('comodel_name') ?? (RELATIONAL_TYPES.has(type) ? positional[0] : undefined));
  const relatedNode = value(keywords.get('related'));
  const groupsNode = value(keywords.get('groups'));
  return {
    name,
    type,
    site,
    ...(comodelNode?.kind === 'str' ? { comodel: comodelNode.value } : {}),
    ...(relatedNode === undefined ? {} : relatedAttribute(relatedNode)),
    ...(groupsNode === undefined ? {} : { groups: fieldGroupsAttribute(groupsNode) }),
  };
}

/** A dotted path; a false value switches `related` off; other expressions cannot be followed. */
function relatedAttribute(node: PyNode): { related?: string | null } {
  if (node.kind === 'str') return { related: node.value === '' ? null : node.value };
  if ((node.kind === 'bool' && !node.value) || node.kind === 'none') return { related: null };
  return {};
}
