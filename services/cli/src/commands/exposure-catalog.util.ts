import { readFile } from 'node:fs/promises';
import type { Snapshot } from '@sightline/odoo-model';
import {
  buildCatalog, ClassificationOverrideError, parseClassificationOverridesOrThrow, UnsupportedVersionError, type ClassificationCatalog,
} from '@sightline/privacy-catalog';
import { CliError, exitCodes } from '../cli-error';

/** The catalog of the snapshot's Odoo version merged with the overrides file, if any. */
export async function exposureCatalog(snapshot: Snapshot, overridesFile?: string): Promise<ClassificationCatalog> {
  const overrides = overridesFile ? parseOverrides(overridesFile, await readOverrides(overridesFile)) : undefined;
  try {
    return buildCatalog(snapshot.meta.odooVersion, overrides);
  } catch (error) {
    if (error instanceof UnsupportedVersionError || error instanceof ClassificationOverrideError) throw new CliError(error.message, exitCodes.input);
    throw error;
  }
}

function readOverrides(path: string): Promise<string> {
  return readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new CliError(`${path}: cannot read (${error.code ?? error.message})`, exitCodes.input);
  });
}

function parseOverrides(path: string, text: string) {
  try {
    return parseClassificationOverridesOrThrow(text, path);
  } catch (error) {
    if (error instanceof ClassificationOverrideError) throw new CliError(error.message, exitCodes.input);
    throw error;
  }
}
