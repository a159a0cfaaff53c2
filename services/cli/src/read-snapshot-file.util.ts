import { readFile } from 'node:fs/promises';
import { parseSnapshot } from '@sightline/odoo-model';
import type { Snapshot } from '@sightline/odoo-model';
import { CliError, exitCodes } from './cli-error';

/** Reads and validates a snapshot JSON file; problems name the file and the JSON path. */
export async function readSnapshotFile(path: string): Promise<Snapshot> {
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new CliError(`${path}: cannot read (${error.code ?? error.message})`, exitCodes.input);
  });
  const parsed = parseSnapshot(text);
  if (parsed.ok) return parsed.snapshot;
  const shown = parsed.issues.slice(0, 10).map((i) => `${path}: ${i.path}: ${i.message}`);
  const more = parsed.issues.length > shown.length ? [`${path}: … and ${parsed.issues.length - shown.length} more`] : [];
  throw new CliError([...shown, ...more].join('\n'), exitCodes.input);
}
