import type { AddonModule } from '../manifest/addon-module.type';
import { DependencyCycleError } from '../manifest/manifest.error';
import { compareStrings } from '@sightline/odoo-model';

/**
 * The order Odoo loads `names` in: `base` first, then by depth (the longest dependency path down
 * to `base`), ties broken by name in code-unit order — Odoo 17/18 `Graph.__iter__` and 19
 * `ModuleGraph` sort by `(depth, name)`. (19 also slots `test_*` modules right after their last
 * dependency; that refinement is not mirrored.) Dependencies outside `names` count as loaded
 * before (modules installed outside the tree).
 * @throws ManifestError naming a manifest on a dependency cycle.
 */
export function computeLoadOrder(names: ReadonlySet<string>, modules: ReadonlyMap<string, AddonModule>): AddonModule[] {
  const depths = new Map<string, number>();
  const depthOf = (name: string, path: readonly string[]): number => {
    const known = depths.get(name);
    if (known !== undefined) return known;
    const module = modules.get(name)!;
    if (path.includes(name)) {
      throw new DependencyCycleError(module.manifestFile, `dependency cycle: ${[...path.slice(path.indexOf(name)), name].join(' -> ')}`);
    }
    const deps = module.manifest.depends.filter((dep) => names.has(dep));
    const depth = deps.length === 0 ? 0 : 1 + Math.max(...deps.map((dep) => depthOf(dep, [...path, name])));
    depths.set(name, depth);
    return depth;
  };
  const ordered = [...names].map((name) => ({ name, depth: depthOf(name, []) }));
  ordered.sort((a, b) => rank(a.name) - rank(b.name) || a.depth - b.depth || compareStrings(a.name, b.name));
  return ordered.map(({ name }) => modules.get(name)!);
}

function rank(name: string): number {
  return name === 'base' ? 0 : 1;
}
