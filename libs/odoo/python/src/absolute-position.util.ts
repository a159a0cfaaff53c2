import type { SourceOrigin, SourcePosition } from './source-location.type';

/** Maps a 1-based line/column inside the parsed text to its position in the enclosing file. */
export function absolutePosition(origin: SourceOrigin | undefined, line: number, column: number): SourcePosition {
  const startLine = origin?.line ?? 1;
  const startColumn = origin?.column ?? 1;
  return line === 1 ? { line: startLine, column: startColumn + column - 1 } : { line: startLine + line - 1, column };
}
