import { x2manyCommandsOf } from './x2many-commands-of.util';

/**
 * What commands written on one side of a many2many do to the records on the other side: which
 * get linked and which unlinked (`(6, 0, ids)` links those ids; its implied unlinking of the others
 * is not mirrored).
 */
export function inverseX2manyEffects(commands: unknown): { linked: string[]; unlinked: string[] } {
  const linked: string[] = [];
  const unlinked: string[] = [];
  for (const [code, id, ids] of x2manyCommandsOf(commands)) {
    if (code === 4) linked.push(String(id));
    else if (code === 3 || code === 2) unlinked.push(String(id));
    else if (code === 6) linked.push(...(Array.isArray(ids) ? ids.map(String) : []));
  }
  return { linked, unlinked };
}
