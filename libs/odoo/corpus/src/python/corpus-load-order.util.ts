import type { CorpusManifest } from '../facts/corpus-manifest.type';

/**
 * Odoo's load order of the given modules: `base` first, then by depth (longest dependency path
 * down to a module without dependencies), ties broken by name (17/18 `Graph.__iter__`).
 */
export function corpusLoadOrder(manifests: ReadonlyMap<string, CorpusManifest>, include: (module: string) => boolean): string[] {
  const depths = new Map<string, number>();
  const depthOf = (module: string, path: readonly string[]): number => {
    const known = depths.get(module);
    if (known !== undefined) return known;
    if (path.includes(module)) throw new Error(`dependency cycle: ${[...path, module].join(' -> ')}`);
    const depends = manifests.get(module)?.depends ?? [];
    const depth = depends.length === 0 ? 0 : 1 + Math.max(...depends.map((dep) => depthOf(dep, [...path, module])));
    depths.set(module, depth);
    return depth;
  };
  const names = [...manifests.keys()].filter(include);
  const rank = (module: string): number => (module === 'base' ? 0 : 1);
  return names
    .map((name) => ({ name, depth: depthOf(name, []) }))
    .sort((a, b) => rank(a.name) - rank(b.name) || a.depth - b.depth || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map(({ name }) => name);
}
