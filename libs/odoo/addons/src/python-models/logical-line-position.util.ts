import type { SourcePosition } from '@sightline/odoo-python';
import type { PythonLogicalLine } from './python-logical-line.type';

/** The absolute position of `offset` (an index into `line.text`). */
export function logicalLinePosition(line: PythonLogicalLine, offset: number): SourcePosition {
  const before = line.text.slice(0, offset);
  const lastBreak = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
  const breaks = before.match(/\r\n|\r|\n/g)?.length ?? 0;
  return breaks === 0
    ? { line: line.line, column: line.column + offset }
    : { line: line.line + breaks, column: offset - lastBreak };
}
