import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const cliPath = join(__dirname, '..', 'dist', 'main.js');

/** Runs the built `sightline` command with only the given environment (plus PATH and HOME). */
export function runCli(args: string[], env: Record<string, string> = {}) {
  const started = Date.now();
  const result = spawnSync(process.execPath, [cliPath, ...args], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { ...result, seconds: (Date.now() - started) / 1000 };
}
