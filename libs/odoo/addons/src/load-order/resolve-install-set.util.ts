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
  /** Modules asked for by name (or needed by one) that cannot be installed, each naming its manifest. */
  readonly errors: readonly ManifestError[];
  /** Modules of the default set left out for the same reasons: Odoo would not offer them either. */
  readonly warnings: readonly ManifestError[];
}

export interface InstallSetOptions {
  /** Modules to install with their dependencies and auto-install modules. Default: the whole tree. */
  readonly install?: readonly string[];
  readonly missingDependencies?: MissingDependencies;
  /** Modules whose manifest Odoo could not read either, by name: unavailable. */
  readonly unreadable?: ReadonlyMap<string, ManifestError>;
}

/**
 * Which modules a database would hold. Without `install`, every installable module found except
 * Odoo's own test modules (what "this tree" means to an Odoo user). With it, those modules and
 * their dependencies, plus every auto-install module whose triggers are all installed, with its own
 * dependencies, repeated to a fixpoint (Odoo `odoo/modules/db.py` `initialize`). `base` is always
 * installed.
 */
export function resolveInstallSet(modules: ReadonlyMap<string, AddonModule>, options: InstallSetOptions = {}): InstallSet {
  const resolver = new InstallResolver(modules, options.missingDependencies ?? 'error', options.unreadable ?? new Map());
  const requested = options.install ?? [...modules.values()].filter((m) => m.manifest.installable && !isOdooTestModule(m)).map((m) => m.name);
  const problems = options.install ? resolver.errors : resolver.warnings;
  if (modules.has('base')) resolver.request('base', resolver.errors);
  for (const name of requested) resolver.request(name, problems);
  if (options.install) resolver.addAutoInstalled();
  return { modules: resolver.selected, external: resolver.external, errors: resolver.errors, warnings: resolver.warnings };
}

/** Odoo's own test modules (`test_*`, category `Hidden/Tests`): never part of a real database unless named. */
export function isOdooTestModule(module: AddonModule): boolean {
  return module.name.startsWith('test_') || module.manifest.category === 'Hidden/Tests';
}

class InstallResolver {
  readonly selected = new Set<string>();
  readonly external = new Set<string>();
  readonly errors: ManifestError[] = [];
  readonly warnings: ManifestError[] = [];
  private readonly soundness = new Map<string, ManifestError | null>();

  constructor(
    private readonly modules: ReadonlyMap<string, AddonModule>,
    private readonly missingDependencies: MissingDependencies,
    private readonly unreadable: ReadonlyMap<string, ManifestError>,
  ) {}

  request(name: string, problems: ManifestError[]): void {
    const module = this.modules.get(name);
    const unreadable = this.unreadable.get(name);
    if (unreadable) {
      problems.push(new ManifestError(unreadable.file, `module '${name}' was asked for but its manifest cannot be read: ${unreadable.reason}`, unreadable.line, unreadable.column));
      return;
    }
    if (!module || !module.manifest.installable) {
      const why = module ? 'is not installable' : 'is in no addons path';
      problems.push(new ManifestError(module?.manifestFile ?? name, `module '${name}' was asked for but ${why}`));
      return;
    }
    this.add(module, problems);
  }

  addAutoInstalled(): void {
    for (let grew = true; grew; ) {
      grew = false;
      for (const module of this.modules.values()) {
        const triggers = module.manifest.autoInstallTriggers;
        if (this.selected.has(module.name) || !module.manifest.installable || !triggers) continue;
        if (!triggers.every((trigger) => this.selected.has(trigger))) continue;
        grew = this.add(module) || grew;
      }
    }
  }

  /** Adds a module and its dependencies; reports into `problems`, when given, why it cannot be installed. */
  private add(module: AddonModule, problems?: ManifestError[]): boolean {
    if (this.selected.has(module.name)) return false;
    const problem = this.problemOf(module, new Set());
    if (problem !== null) {
      if (problems) report(problems, module, problem);
      return false;
    }
    this.selected.add(module.name);
    for (const dep of module.manifest.depends) {
      const found = this.modules.get(dep);
      if (found) this.add(found, problems);
      else this.external.add(dep);
    }
    return true;
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
      const unreadable = this.unreadable.get(name);
      if (!dep && !unreadable && this.missingDependencies === 'external') continue;
      const why = unreadable ? `whose manifest Odoo cannot read: ${unreadable.message}` : !dep ? 'which is in no addons path' : !dep.manifest.installable ? 'which is not installable' : null;
      if (why) return new ManifestError(module.manifestFile, `module '${module.name}' depends on '${name}', ${why}`);
      const inherited = this.problemOf(dep!, path);
      if (inherited) return inherited;
    }
    return null;
  }
}

function report(problems: ManifestError[], module: AddonModule, cause: ManifestError): void {
  const problem = cause.file === module.manifestFile ? cause : new ManifestError(module.manifestFile, `module '${module.name}' cannot be installed: ${cause.message}`);
  if (!problems.some((p) => p.message === problem.message)) problems.push(problem);
}
