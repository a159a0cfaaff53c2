import { AddonsReadError, ManifestError, readAddonsSnapshot } from '@sightline/odoo-addons';
import type { OdooVersion, Snapshot } from '@sightline/odoo-model';
import { PythonSourceError } from '@sightline/odoo-python';
import { CliError, exitCodes } from '../cli-error';
import { readSnapshotFile } from '../read-snapshot-file.util';
import { addonsPathsOf, failOnReadWarnings, type AddonsPathsOptions } from './addons-paths.option';

export interface ExposureSourceOptions extends AddonsPathsOptions {
  install?: string[];
  odooVersion?: string;
  lenient?: boolean;
  strict?: boolean;
  snapshot?: string;
}

/** The snapshot to report on: a snapshot file, else the addon trees read as `sightline snapshot` does. */
export async function readExposureSnapshot(options: ExposureSourceOptions): Promise<Snapshot> {
  const addons = addonsPathsOf(options);
  if (options.snapshot && addons) throw new CliError('give either --addons/--odoo-config or --snapshot, not both', exitCodes.usage);
  if (options.snapshot) return readSnapshotFile(options.snapshot);
  if (!addons) throw new CliError('give --addons <paths...>, --odoo-config <odoo.conf> or --snapshot <file.json>', exitCodes.usage);
  const snapshot = readAddons(addons, options);
  if (options.strict) failOnReadWarnings(snapshot.meta.warnings);
  return snapshot;
}

function readAddons(addonsPaths: string[], options: ExposureSourceOptions): Snapshot {
  try {
    return readAddonsSnapshot({
      addonsPaths,
      install: options.install,
      odooVersion: options.odooVersion as OdooVersion | undefined,
      mode: options.lenient ? 'lenient' : 'strict',
    }).snapshot;
  } catch (error) {
    if (error instanceof AddonsReadError || error instanceof ManifestError || error instanceof PythonSourceError) {
      throw new CliError(error.message, exitCodes.input);
    }
    throw error;
  }
}
