import type { SetCommand } from './set-command.type';

/** Applies x2many commands, in order, to a set of XML ids. */
export function applySetCommands(set: Set<string>, commands: readonly SetCommand[]): void {
  for (const command of commands) {
    if (command.op === 'link') set.add(command.target);
    else if (command.op === 'unlink') set.delete(command.target);
    else {
      set.clear();
      if (command.op === 'set') command.targets.forEach((target) => set.add(target));
    }
  }
}
