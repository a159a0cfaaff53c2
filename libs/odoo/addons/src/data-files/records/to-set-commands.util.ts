import type { X2ManyCommand } from '../eval/x2many-command.type';
import type { ProblemSite } from './problem-site.type';
import type { SetCommand } from './set-command.type';

/**
 * Keeps the commands whose targets check out (`isUsable` reports the others), reads `delete` as
 * `unlink` and drops `create`/`update`, which would make or change records of another model, with
 * a warning each.
 */
export function toSetCommands(
  commands: readonly X2ManyCommand[],
  isUsable: (xmlid: string) => boolean,
  site: ProblemSite,
): SetCommand[] {
  return commands.flatMap((command): SetCommand[] => {
    switch (command.op) {
      case 'create':
      case 'update':
        site.reporter.warn(`x2many ${command.op} command not evaluated`, site.line);
        return [];
      case 'delete':
        site.reporter.warn(`x2many delete command read as unlink (the target record is not deleted)`, site.line);
        return isUsable(command.target.xmlid) ? [{ op: 'unlink', target: command.target.xmlid }] : [];
      case 'link':
      case 'unlink':
        return isUsable(command.target.xmlid) ? [{ op: command.op, target: command.target.xmlid }] : [];
      case 'set':
        return [{ op: 'set', targets: command.targets.map((t) => t.xmlid).filter(isUsable) }];
      case 'clear':
        return [{ op: 'clear' }];
    }
  });
}
