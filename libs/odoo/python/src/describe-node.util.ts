import { formatPython } from './format-python.util';
import type { PyNode } from './py-node.type';

const MAX_LENGTH = 60;

/** A short description of a node for error messages: its kind and (abridged) source text. */
export function describeNode(node: PyNode): string {
  let text: string;
  try {
    text = formatPython(node);
  } catch {
    text = node.kind;
  }
  const short = text.length > MAX_LENGTH ? text.slice(0, MAX_LENGTH - 3) + '...' : text;
  return `${node.kind} \`${short}\``;
}
