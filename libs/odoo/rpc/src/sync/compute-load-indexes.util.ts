import { compareStrings } from '@sightline/odoo-model';

/**
 * Each module's position in Odoo's load order: `base` first, then by depth (longest dependency
 * path down to `base`), ties by name — as Odoo's module graph iterates. Dependencies that are not
 * in the list are ignored.
 */
export function computeLoadIndexes(depends: ReadonlyMap<string, readonly string[]>): Map<string, number> {
  const depths = new Map<string, number>();
  const depthOf = (name: string, path: ReadonlySet<string>): number => {
    const known = depths.get(name);
    if (known !== undefined) return known;
    const deps = (depends.get(name) ?? []).filter((dep) => depends.has(dep) && !path.has(dep));
    const depth = deps.length === 0 ? 0 : 1 + Math.max(...deps.map((dep) => depthOf(dep, new Set([...path, name]))));
    depths.set(name, depth);
    return depth;
  };
  const names = [...depends.keys()].sort((a, b) => rank(a) - rank(b) || depthOf(a, new Set()) - depthOf(b, new Set()) || compareStrings(a, b));
  return new Map(names.map((name, index) => [name, index]));
}

function rank(name: string): number {
  return name === 'base' ? 0 : 1;
}
