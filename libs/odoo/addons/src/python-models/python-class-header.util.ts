import { parsePythonExpression, tokenizePython, type PyNode } from '@sightline/odoo-python';
import { logicalLinePosition } from './logical-line-position.util';
import type { PythonLogicalLine } from './python-logical-line.type';

/** `class Name(base, …):` */
export interface PythonClassHeader {
  readonly className: string;
  /** The positional bases (keyword arguments such as `metaclass=` are left out). */
  readonly bases: readonly PyNode[];
}

const CLASS_START = /^class\s+([A-Za-z_]\w*)/;

/** Reads a class statement's header; undefined when the line is not a class statement. */
export function pythonClassHeader(line: PythonLogicalLine, file: string): PythonClassHeader | undefined {
  const match = CLASS_START.exec(line.text);
  if (!match) return undefined;
  const className = match[1];
  const nameOffset = match[0].length - className.length;
  const callText = basesCallText(line.text.slice(nameOffset), { ...logicalLinePosition(line, nameOffset), file });
  if (callText === undefined) return { className, bases: [] };
  const call = parsePythonExpression(callText, { ...logicalLinePosition(line, nameOffset), file });
  const args = call.kind === 'call' ? call.args : [];
  return { className, bases: args.filter((arg) => arg.kind !== 'keyword' && arg.kind !== 'starred') };
}

/** `Name(…)` up to the parenthesis that closes the bases, or undefined when the class lists none. */
function basesCallText(text: string, origin: { line: number; column: number; file: string }): string | undefined {
  const tokens = tokenizePython(text, origin);
  if (tokens[1]?.text !== '(') return undefined;
  let depth = 0;
  for (const token of tokens.slice(1)) {
    if (token.kind !== 'op') continue;
    if ('([{'.includes(token.text)) depth++;
    else if (')]}'.includes(token.text)) depth--;
    if (depth === 0) return text.slice(0, token.offset + 1);
  }
  return undefined;
}
