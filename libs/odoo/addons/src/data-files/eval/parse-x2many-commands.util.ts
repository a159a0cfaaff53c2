import { isPyTuple, pythonRepr } from '@sightline/odoo-python';
import { DataFileProblemError } from '../data-file-problem.error';
import type { X2ManyCommand } from './x2many-command.type';
import { XmlRef } from './xml-ref.type';

/**
 * Reads an x2many value: a list of commands `(4, id)`, `(3, id)`, `(2, id)`, `(6, 0, ids)`,
 * `(5,)`, `(0, 0, vals)`, `(1, id, vals)` (or `Command.*`, which evaluate to the same), or bare
 * ids, which link. Ids must come from `ref()`: database ids mean nothing in source.
 * @throws DataFileProblemError for anything else.
 */
export function parseX2ManyCommands(value: unknown): X2ManyCommand[] {
  if (value === false || value === null) return [];
  const items = sequence(value);
  if (!items) throw new DataFileProblemError(`expected a list of x2many commands, got ${pythonRepr(value)}`);
  return items.map(command);
}

function command(item: unknown): X2ManyCommand {
  if (item instanceof XmlRef) return { op: 'link', target: item };
  const parts = sequence(item);
  if (!parts || parts.length === 0 || typeof parts[0] !== 'number') {
    throw new DataFileProblemError(`not an x2many command: ${pythonRepr(item)}`);
  }
  switch (parts[0]) {
    case 0: return { op: 'create' };
    case 1: return { op: 'update' };
    case 2: return { op: 'delete', target: target(parts[1]) };
    case 3: return { op: 'unlink', target: target(parts[1]) };
    case 4: return { op: 'link', target: target(parts[1]) };
    case 5: return { op: 'clear' };
    case 6: return { op: 'set', targets: (sequence(parts[2]) ?? invalid(parts[2])).map(target) };
    default: throw new DataFileProblemError(`unknown x2many command ${pythonRepr(item)}`);
  }
}

function target(value: unknown): XmlRef {
  if (value instanceof XmlRef) return value;
  if (typeof value === 'number') throw new DataFileProblemError(`database id ${value} cannot be resolved from source; use ref()`);
  return invalid(value);
}

function invalid(value: unknown): never {
  throw new DataFileProblemError(`expected a record reference, got ${pythonRepr(value)}`);
}

function sequence(value: unknown): readonly unknown[] | null {
  if (Array.isArray(value)) return value;
  return isPyTuple(value) ? value.items : null;
}
