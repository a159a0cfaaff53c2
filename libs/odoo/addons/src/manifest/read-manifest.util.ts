import { readFileSync } from 'node:fs';
import { parseManifestSource, PythonSourceError } from '@sightline/odoo-python';
import { ManifestError } from './manifest.error';
import { normalizeManifest } from './normalize-manifest.util';
import type { OdooManifest } from './odoo-manifest.type';

/**
 * Reads and normalises a `__manifest__.py` without executing it.
 * @throws ManifestError naming the file (and line/column for syntax errors) and the cause.
 */
export function readManifest(file: string, moduleName: string): OdooManifest {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ManifestError(file, `cannot read: ${(error as Error).message}`);
  }
  try {
    return normalizeManifest(parseManifestSource(source, { file }), moduleName, file);
  } catch (error) {
    if (error instanceof PythonSourceError) throw new ManifestError(file, error.reason, error.line, error.column);
    throw error;
  }
}
