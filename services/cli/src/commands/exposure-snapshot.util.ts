import { resolve } from 'node:path';
import { AddonsReadError, ManifestError, readAddonsSnapshot } from '@sightline/odoo-addons';
import type { OdooVersion, Snapshot } from '@sightline/odoo-model';
import { PythonSourceError } from '@sightline/odoo-python';
import { CliError, exitCodes } from '../cli-error';
import { readSnapshotFile } from '../read-snapshot-file.util';

export interface ExposureSourceOptions {
  addons?: string[];
  install?: string[];
  odooVersion?: string;
  lenient?: boolean;
  snapshot?: string;
}

/** The snapshot to report on: a snapshot file, else the addon trees read as `sightline snapshot` does. */
export async function readExposureSnapshot(options: ExposureSourceOptions): Promise<Snapshot> {
  if (options.snapshot && options.addons) throw new CliError('give either --addons or --snapshot, not both', exitCodes.usage);
  if (options.snapshot) return readSnapshotFile(options.snapshot);
  if (!options.addons?.length) throw new CliError('give --addons <paths...> or --snapshot <file.json>', exitCodes.usage);
  return readAddons(options.addons, options);
}

function readAddons(addons: string[], options: ExposureSourceOptions): Snapshot {
  try {
    return readAddonsSnapshot({
      addonsPaths: addons.map((p) => resolve(p)),
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
