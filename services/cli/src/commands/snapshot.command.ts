import { writeFile } from 'node:fs/promises';
import { AddonsReadError, ManifestError, readAddonsSnapshot } from '@sightline/odoo-addons';
import { canonicalJson } from '@sightline/odoo-model';
import type { OdooVersion } from '@sightline/odoo-model';
import { PythonSourceError } from '@sightline/odoo-python';
import { CliError, exitCodes } from '../cli-error';
import { failOnReadWarnings, requiredAddonsPaths, type AddonsPathsOptions } from './addons-paths.option';

export interface SnapshotOptions extends AddonsPathsOptions {
  install?: string[];
  odooVersion?: string;
  demo?: boolean;
  lenient?: boolean;
  strict?: boolean;
  out?: string;
}

/**
 * Reads addon trees into a snapshot and writes its canonical JSON (to --out, else stdout). Errors
 * name file and line, exit 3; in --lenient mode they become warnings in the snapshot instead.
 */
export async function snapshotAddons(options: SnapshotOptions, out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const { snapshot } = readAddonsOrThrow(options);
  if (options.strict) failOnReadWarnings(snapshot.meta.warnings);
  const json = canonicalJson(snapshot);
  if (options.out) await writeFile(options.out, json + '\n');
  else out.write(json + '\n');
  const { groups, acls, rules, fields, meta } = snapshot;
  err.write(
    `snapshot of Odoo ${meta.odooVersion}: ${meta.modules.length} modules, ${groups.length} groups, ${acls.length} ACL rows, ` +
      `${rules.length} rules, ${fields.length} protected fields; ${meta.warnings.length} warning(s)` +
      (options.out ? ` → ${options.out}` : '') + '\n',
  );
  return 0;
}

function readAddonsOrThrow(options: SnapshotOptions) {
  try {
    return readAddonsSnapshot({
      addonsPaths: requiredAddonsPaths(options),
      install: options.install,
      odooVersion: options.odooVersion as OdooVersion | undefined,
      demo: options.demo,
      mode: options.lenient ? 'lenient' : 'strict',
    });
  } catch (error) {
    if (error instanceof AddonsReadError || error instanceof ManifestError || error instanceof PythonSourceError) {
      throw new CliError(error.message, exitCodes.input);
    }
    throw error;
  }
}
