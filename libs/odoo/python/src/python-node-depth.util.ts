import type { PyNode } from './py-node.type';

/**
 * The most levels of nodes one expression may have. Every reader of a tree (evaluator, literal
 * values, formatting) recurses over it, so a deeper tree, e.g. a chain `1+1+…` of 100 000
 * operands, is refused by the parser with a located error instead of overflowing the stack later.
 */
export const MAX_NODE_DEPTH = 500;

const depths = new WeakMap<object, number>();

/**
 * Records and returns the depth of a node just built (1 plus the deepest of its children, which
 * must have gone through this function before). Linear: only the node's own fields are visited.
 */
export function recordNodeDepth(node: PyNode): number {
  let deepest = 0;
  for (const [key, value] of Object.entries(node)) {
    if (key !== 'pos' && key !== 'file') deepest = Math.max(deepest, childDepth(value));
  }
  depths.set(node, deepest + 1);
  return deepest + 1;
}

/** The depth of a child field: a node, or a list / dict entry / generator / parameter / f-string part holding nodes. */
function childDepth(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  const known = depths.get(value);
  if (known !== undefined) return known;
  let deepest = 0;
  for (const item of Array.isArray(value) ? value : Object.values(value)) deepest = Math.max(deepest, childDepth(item));
  return deepest;
}
