#!/usr/bin/env node
import 'reflect-metadata';
import { CommanderError } from 'commander';
import { ConfigError } from '@sightline/platform-config';
import { DatabaseError } from '@sightline/platform-db';
import { CliError, exitCodes } from './cli-error';
import { createProgram } from './program';

// A reader that stops early (`sightline exposure … | head`) closes the pipe: that is no failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

async function main(argv: string[]): Promise<number> {
  try {
    await createProgram().parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    return reportFailure(error);
  }
}

/** One line on stderr and a distinct exit code per kind of failure; stacks only for bugs. */
function reportFailure(error: unknown): number {
  if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : exitCodes.usage;
  if (error instanceof CliError) return fail(error.message, error.exitCode);
  if (error instanceof ConfigError) return fail(error.message, exitCodes.config);
  if (error instanceof DatabaseError) return fail(error.message, exitCodes.unavailable);
  if (isFileError(error)) return fail(`${error.path}: ${error.message.split(',')[0]} (${error.syscall})`, exitCodes.input);
  process.stderr.write(`sightline: unexpected error\n${error instanceof Error ? error.stack : String(error)}\n`);
  return 1;
}

/**
 * A file or directory named on the command line that cannot be read or written (e.g. `--out` into a
 * missing directory): bad input, not a bug, whichever command met it.
 */
function isFileError(error: unknown): error is NodeJS.ErrnoException & { path: string } {
  const fileCodes = ['ENOENT', 'EACCES', 'EPERM', 'EISDIR', 'ENOTDIR', 'EEXIST', 'EROFS', 'ENOSPC', 'ENAMETOOLONG', 'ELOOP'];
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return error instanceof Error && typeof code === 'string' && fileCodes.includes(code) && typeof (error as NodeJS.ErrnoException).path === 'string';
}

function fail(message: string, code: number): number {
  process.stderr.write(`sightline: ${message}\n`);
  return code;
}

// Exit only once everything written has been flushed: a large report piped to another program
// would otherwise be cut short.
void main(process.argv).then((code) => {
  let pending = 2;
  const exit = () => --pending === 0 && process.exit(code);
  process.stdout.write('', exit);
  process.stderr.write('', exit);
});
