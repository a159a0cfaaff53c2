import type { AddonModule } from '../manifest/addon-module.type';
import { ManifestError } from '../manifest/manifest.error';

/**
 * A dependency in no addons path: an error (Odoo refuses to install), or, for trees checked
 * without the Odoo sources next to them, a module taken as installed outside the tree.
 */
export type MissingDependencies = 'error' | 'external';

export interface InstallSet {
  /** Names of the modules to install (not in load order). */
  readonly modules: ReadonlySet<string>;
  /** Dependencies taken as installed outside the tree (`missingDependencies: 'external'`). */
  readonly external: ReadonlySet<string>;
  /** Modules left out because a dependency is missing or not installable, each naming its manifest. */
  readonly problems: readonly ManifestError[];
}

/**
 * Which modules a database would hold. Without `install`, every installable module found. With
 * it, those modules and their dependencies, plus every auto-install module whose triggers are all
 * installed, with its own dependencies, repeated to a fixpoint (Odoo `odoo/modules/db.py`
 * `initialize`). `base` is always installed.
 */
export function resolveInstallSet(
  modules: ReadonlyMap<string, AddonModule>,
  install?: readonly string[],
  missingDependencies: MissingDependencies = 'error',
): InstallSet {
  const resolver = new InstallResolver(modules, missingDependencies);
  const requested = install ?? [...modules.values()].filter((m) => m.manifest.installable).map((m) => m.name);
  for (const name of [...(modules.has('base') ? ['base'] : []), ...requested]) resolver.request(name);
  if (install) resolver.addAutoInstalled();
  return { modules: resolver.selected, external: resolver.external, problems: resolver.problems };
}

class InstallResolver {
  readonly selected = new Set<string>();
  readonly external = new Set<string>();
  readonly problems: ManifestError[] = [];
  private readonly soundness = new Map<string, ManifestError | null>();

  constructor(
    private readonly modules: ReadonlyMap<string, AddonModule>,
    private readonly missingDependencies: MissingDependencies,
  ) {}

  request(name: string): void {
    const module = this.modules.get(name);
    if (!module || !module.manifest.installable) {
      const why = module ? 'is not installable' : 'is in no addons path';
      this.problems.push(new ManifestError(module?.manifestFile ?? name, `module '${name}' was asked for but ${why}`));
      return;
    }
    this.add(module, true);
  }

  addAutoInstalled(): void {
    for (let grew = true; grew; ) {
      grew = false;
      for (const module of this.modules.values()) {
        const triggers = module.manifest.autoInstallTriggers;
        if (this.selected.has(module.name) || !module.manifest.installable || !triggers) continue;
        if (!triggers.every((trigger) => this.selected.has(trigger))) continue;
        grew = this.add(module, false) || grew;
      }
    }
  }

  /** Adds a module and its dependencies; reports it when it cannot be installed and `report` is set. */
  private add(module: AddonModule, report: boolean): boolean {
    if (this.selected.has(module.name)) return false;
    const problem = this.problemOf(module, new Set());
    if (problem !== null) {
      if (report) this.report(module, problem);
      return false;
    }
    this.selected.add(module.name);
    for (const dep of module.manifest.depends) {
      const found = this.modules.get(dep);
      if (found) this.add(found, report);
      else this.external.add(dep);
    }
    return true;
  }

  private report(module: AddonModule, cause: ManifestError): void {
    const problem =
      cause.file === module.manifestFile ? cause : new ManifestError(module.manifestFile, `module '${module.name}' cannot be installed: ${cause.message}`);
    if (!this.problems.some((p) => p.message === problem.message)) this.problems.push(problem);
  }

  /** The root cause that keeps the module out, or null; dependency cycles are left to the load order. */
  private problemOf(module: AddonModule, path: Set<string>): ManifestError | null {
    const known = this.soundness.get(module.name);
    if (known !== undefined) return known;
    if (path.has(module.name)) return null;
    path.add(module.name);
    const problem = this.dependencyProblem(module, path);
    path.delete(module.name);
    this.soundness.set(module.name, problem);
    return problem;
  }

  private dependencyProblem(module: AddonModule, path: Set<string>): ManifestError | null {
    for (const name of module.manifest.depends) {
      const dep = this.modules.get(name);
      if (!dep && this.missingDependencies === 'external') continue;
      const why = !dep ? 'which is in no addons path' : !dep.manifest.installable ? 'which is not installable' : null;
      if (why) return new ManifestError(module.manifestFile, `module '${module.name}' depends on '${name}', ${why}`);
      const inherited = this.problemOf(dep!, path);
      if (inherited) return inherited;
    }
    return null;
  }
}
