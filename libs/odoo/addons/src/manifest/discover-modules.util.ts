import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { AddonModule } from './addon-module.type';
import { ManifestError } from './manifest.error';
import { readManifest } from './read-manifest.util';

export const MANIFEST_FILE = '__manifest__.py';

const MODULE_NAME = /^\w{1,256}$/;

export interface ModuleDiscovery {
  /** By name; for a name present in several addons paths, the first path wins (as in Odoo). */
  readonly modules: ReadonlyMap<string, AddonModule>;
  /** Modules whose manifest could not be read, by name: unavailable, as Odoo logs and skips them. */
  readonly unreadable: ReadonlyMap<string, ManifestError>;
}

/**
 * Finds the modules (directories holding a `__manifest__.py`) of several addons paths.
 * @throws ManifestError when an addons path is not a directory.
 */
export function discoverModules(addonsPaths: readonly string[]): ModuleDiscovery {
  const modules = new Map<string, AddonModule>();
  const unreadable = new Map<string, ManifestError>();
  for (const addonsPath of addonsPaths) {
    for (const name of moduleDirectories(addonsPath)) {
      if (modules.has(name) || unreadable.has(name)) continue;
      const dir = join(addonsPath, name);
      const manifestFile = join(dir, MANIFEST_FILE);
      try {
        modules.set(name, { name, addonsPath, dir, manifestFile, manifest: readManifest(manifestFile, name) });
      } catch (error) {
        if (!(error instanceof ManifestError)) throw error;
        unreadable.set(name, error);
      }
    }
  }
  return { modules, unreadable };
}

function moduleDirectories(addonsPath: string): string[] {
  if (!existsSync(addonsPath) || !statSync(addonsPath).isDirectory()) {
    throw new ManifestError(addonsPath, 'addons path is not a directory');
  }
  return readdirSync(addonsPath, { withFileTypes: true }) // symlinked modules count: the manifest test follows links
    .map((entry) => entry.name)
    .filter((name) => MODULE_NAME.test(name) && existsSync(join(addonsPath, name, MANIFEST_FILE)))
    .sort();
}
