import type { CorpusManifest } from './corpus-manifest.type';

/**
 * The modules Odoo installs for `roots`: their dependencies, then every auto-install module whose
 * trigger dependencies are all installed (`true`: all its depends; a list: those), to a fixpoint.
 * Localisations (`l10n_*`, installed by country from 18 on) and test modules are not auto-installed.
 */
export function resolveInstallSet(roots: readonly string[], manifests: ReadonlyMap<string, CorpusManifest>): Set<string> {
  const installed = new Set<string>();
  const add = (name: string): void => {
    if (installed.has(name)) return;
    const manifest = manifests.get(name);
    if (!manifest) throw new Error(`the corpus has no module ${name}`);
    installed.add(name);
    for (const dependency of manifest.depends ?? []) add(dependency);
  };
  for (const root of ['base', ...roots]) add(root);
  for (let grew = true; grew; ) {
    grew = false;
    for (const manifest of manifests.values()) {
      if (installed.has(manifest.name) || !triggersMet(manifest, installed)) continue;
      add(manifest.name);
      grew = true;
    }
  }
  return installed;
}

function triggersMet(manifest: CorpusManifest, installed: ReadonlySet<string>): boolean {
  const auto = manifest.auto_install;
  if (!auto || manifest.name.startsWith('test_') || manifest.name.startsWith('l10n_')) return false;
  const triggers = auto === true ? (manifest.depends ?? []) : auto;
  return triggers.every((name) => installed.has(name));
}
