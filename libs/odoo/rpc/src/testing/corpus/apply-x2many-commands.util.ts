import { x2manyCommandsOf } from './x2many-commands-of.util';

/** Applies x2many commands (`(4, id)`, `(3, id)`, `(6, 0, ids)`, `(5,)`, `Command.*`) to a set of XML ids. */
export function applyX2manyCommands(current: Set<string>, commands: unknown): void {
  for (const [code, id, ids] of x2manyCommandsOf(commands)) {
    if (code === 4) current.add(String(id));
    else if (code === 3 || code === 2) current.delete(String(id));
    else if (code === 5) current.clear();
    else if (code === 6) replace(current, ids);
    else throw new Error(`unsupported x2many command (${String(code)}, …)`);
  }
}

function replace(current: Set<string>, ids: unknown): void {
  current.clear();
  for (const id of Array.isArray(ids) ? ids : []) current.add(String(id));
}
