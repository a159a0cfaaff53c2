import type { AddonModule } from '../manifest/addon-module.type';
import { discoverModules, type ModuleDiscovery } from '../manifest/discover-modules.util';
import { ManifestError } from '../manifest/manifest.error';
import { computeLoadOrder } from './compute-load-order.util';
import { resolveInstallSet, type InstallSet, type InstallSetOptions } from './resolve-install-set.util';

export interface PlanAddonsTreeOptions extends Omit<InstallSetOptions, 'unreadable'> {
  readonly addonsPaths: readonly string[];
}

/** What a database built from addon trees would install, decided once for every reader. */
export interface AddonsTreePlan {
  readonly discovery: ModuleDiscovery;
  readonly installSet: InstallSet;
  /** The installed modules in Odoo's load order. */
  readonly ordered: readonly AddonModule[];
  /** What keeps a module asked for out of the database: Odoo would refuse the installation. */
  readonly errors: readonly ManifestError[];
  /** Modules left out that nobody asked for by name (unreadable manifests, missing dependencies). */
  readonly warnings: readonly ManifestError[];
}

/**
 * Finds the modules of the addons paths, the install set and its load order.
 * @throws ManifestError for an addons path that is not a directory or a dependency cycle.
 */
export function planAddonsTree(options: PlanAddonsTreeOptions): AddonsTreePlan {
  const discovery = discoverModules(options.addonsPaths);
  const installSet = resolveInstallSet(discovery.modules, { ...options, unreadable: discovery.unreadable });
  const unreadableWarnings = [...discovery.unreadable.values()].filter((error) => !installSet.errors.some((e) => e.file === error.file));
  return {
    discovery,
    installSet,
    ordered: computeLoadOrder(installSet.modules, discovery.modules),
    errors: installSet.errors,
    warnings: [...unreadableWarnings.map(unavailable), ...installSet.warnings],
  };
}

function unavailable(error: ManifestError): ManifestError {
  return new ManifestError(error.file, `${error.reason} (module left out, as Odoo skips it)`, error.line, error.column);
}
