import type { CorpusManifest } from '../facts/corpus-manifest.type';

/** Every module a module depends on, directly or not. */
export function dependencyClosure(manifests: ReadonlyMap<string, CorpusManifest>): (module: string) => ReadonlySet<string> {
  const closures = new Map<string, Set<string>>();
  const closureOf = (module: string): Set<string> => {
    const known = closures.get(module);
    if (known) return known;
    const closure = new Set<string>();
    closures.set(module, closure);
    for (const dep of manifests.get(module)?.depends ?? []) {
      closure.add(dep);
      for (const indirect of closureOf(dep)) closure.add(indirect);
    }
    return closure;
  };
  return closureOf;
}
