import { isPyTuple } from '@sightline/odoo-python';

/** x2many commands as `[code, id, ids]` triples (a bare XML id is a link). */
export function x2manyCommandsOf(commands: unknown): [unknown, unknown, unknown][] {
  if (!Array.isArray(commands)) throw new Error(`expected a list of x2many commands, got ${JSON.stringify(commands)}`);
  return commands.map((command) => {
    if (typeof command === 'string') return [4, command, 0];
    const items = isPyTuple(command) ? command.items : Array.isArray(command) ? command : [];
    return [items[0], items[1], items[2]];
  });
}
