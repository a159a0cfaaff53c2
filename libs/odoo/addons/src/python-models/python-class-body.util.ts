import type { PythonLogicalLine } from './python-logical-line.type';

/** The statements directly inside the class whose header is `lines[headerIndex]` (nested blocks left out). */
export function pythonClassBody(lines: readonly PythonLogicalLine[], headerIndex: number): PythonLogicalLine[] {
  const header = lines[headerIndex];
  const first = lines[headerIndex + 1];
  if (!first || first.indent <= header.indent) return [];
  const body: PythonLogicalLine[] = [];
  for (let i = headerIndex + 1; i < lines.length && lines[i].indent > header.indent; i++) {
    if (lines[i].indent === first.indent) body.push(lines[i]);
  }
  return body;
}
