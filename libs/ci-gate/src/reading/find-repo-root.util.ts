import { spawnSync } from 'node:child_process';

/** The git work tree holding `dir`, else `dir`: finding locations are relative to it. */
export function findRepoRoot(dir: string): string {
  const result = spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd: dir, encoding: 'utf8' });
  return result.status === 0 && result.stdout.trim() ? result.stdout.trim() : dir;
}
