import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The facts of a corpus module's `__manifest__.py` (its manifest.json). */
export interface Manifest {
  readonly depends: string[];
  readonly data: string[];
  readonly security_files?: string[];
  readonly auto_install?: boolean | string[];
}

export function readManifests(dir: string): Map<string, Manifest> {
  const addons = join(dir, 'addons');
  const read = (m: string): Manifest => {
    const raw = JSON.parse(readFileSync(join(addons, m, 'manifest.json'), 'utf8')) as Partial<Manifest>;
    return { ...raw, depends: raw.depends ?? [], data: raw.data ?? [] };
  };
  return new Map(readdirSync(addons).filter((m) => existsSync(join(addons, m, 'manifest.json'))).map((m) => [m, read(m)]));
}

/** Every module but tests, themes, localisations and hardware drivers: the biggest install the corpus allows. */
export function allApplicationModules(manifests: Map<string, Manifest>): string[] {
  return [...manifests.keys()].filter((m) => !/^(test|l10n_|theme_|hw_)|_test$|^test_/.test(m));
}

/** Dependencies first (depth-first on `depends`, names sorted), auto-installed modules added when their depends are in. */
export function loadOrder(manifests: Map<string, Manifest>, roots: readonly string[]): string[] {
  const wanted = new Set<string>();
  const add = (m: string) => {
    if (wanted.has(m) || !manifests.has(m)) return;
    wanted.add(m);
    manifests.get(m)!.depends.forEach(add);
  };
  ['base', ...roots].forEach(add);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [name, manifest] of manifests) {
      const trigger = Array.isArray(manifest.auto_install) ? manifest.auto_install : manifest.depends;
      if (wanted.has(name) || !manifest.auto_install || !trigger.every((d) => wanted.has(d))) continue;
      add(name);
      grew = true;
    }
  }
  const order: string[] = [];
  const visit = (m: string) => {
    if (order.includes(m) || !wanted.has(m)) return;
    [...manifests.get(m)!.depends].sort().forEach(visit);
    order.push(m);
  };
  [...wanted].sort().forEach(visit);
  return order;
}
