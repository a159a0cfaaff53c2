import type { SetCommand } from './set-command.type';

/**
 * Applies commands written on the other side of a many2many: `owner`'s list of `targets` is
 * stored as `owner ∈ setOf(target)` for each target (e.g. a group's `users` are stored on the users).
 * `all` lists every record whose set may hold `owner`, for `set` and `clear`.
 */
export function applyInverseCommands(
  owner: string,
  commands: readonly SetCommand[],
  setOf: (target: string) => Set<string>,
  all: () => Iterable<Set<string>>,
): void {
  for (const command of commands) {
    if (command.op === 'link') setOf(command.target).add(owner);
    else if (command.op === 'unlink') setOf(command.target).delete(owner);
    else {
      for (const set of all()) set.delete(owner);
      if (command.op === 'set') command.targets.forEach((target) => setOf(target).add(owner));
    }
  }
}
