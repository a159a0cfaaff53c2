import type { Document, LineCounter } from 'yaml';
import type { OverrideLocator, OverridePath } from './override-issue.type';

/** Maps a path to the line and column of its node; a path past the document's end falls back to its parent. */
export function createYamlLocator(document: Document, lineCounter: LineCounter): OverrideLocator {
  return (path: OverridePath) => {
    for (let length = path.length; length >= 0; length--) {
      const offset = startOf(document, path.slice(0, length));
      if (offset !== undefined) {
        const { line, col } = lineCounter.linePos(offset);
        return { line, column: col };
      }
    }
    return undefined;
  };
}

function startOf(document: Document, path: OverridePath): number | undefined {
  const node: unknown = path.length === 0 ? document.contents : document.getIn(path, true);
  if (typeof node !== 'object' || node === null || !('range' in node)) return undefined;
  const range = (node as { range?: readonly number[] | null }).range;
  return range?.[0];
}
