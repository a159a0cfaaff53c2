import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AddonModule } from '../manifest/addon-module.type';

export interface PlannedDataFile {
  readonly module: AddonModule;
  /** Path inside the module, as listed in the manifest. */
  readonly path: string;
  /** The path as opened. */
  readonly file: string;
  readonly exists: boolean;
}

/** The data files of the modules, in load order: each module's `data`, then its `demo` when asked. */
export function planDataFiles(modules: readonly AddonModule[], demo: boolean): PlannedDataFile[] {
  return modules.flatMap((module) =>
    [...module.manifest.data, ...(demo ? module.manifest.demo : [])].map((path) => {
      const file = join(module.dir, path);
      return { module, path, file, exists: existsSync(file) };
    }),
  );
}
