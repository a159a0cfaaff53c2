import { compareStrings, type ModuleInfo } from '@sightline/odoo-model';
import type { OdooRecord } from '../client/odoo-record.type';
import { computeLoadIndexes } from './compute-load-indexes.util';
import { many2oneId } from './many2one-id.util';
import { textOrNull } from './text-or-null.util';

/**
 * Installed modules with their dependencies. `autoInstall` is `true` when every dependency is
 * required for auto-installation, the list of the required ones otherwise (a list-valued
 * `auto_install` in the manifest), `false` when the module does not auto-install.
 */
export function mapModules(modules: readonly OdooRecord[], dependencies: readonly OdooRecord[]): ModuleInfo[] {
  const depsOf = new Map<number, OdooRecord[]>();
  for (const dependency of dependencies) {
    const moduleId = many2oneId(dependency['module_id']);
    if (moduleId !== null) depsOf.set(moduleId, [...(depsOf.get(moduleId) ?? []), dependency]);
  }
  const infos = modules.map((module) => {
    const deps = depsOf.get(module.id) ?? [];
    const depends = deps.map((d) => String(d['name'])).sort(compareStrings);
    return { name: String(module['name']), version: textOrNull(module['latest_version']), depends, autoInstall: autoInstallOf(module, deps) };
  });
  const indexes = computeLoadIndexes(new Map(infos.map((info) => [info.name, info.depends])));
  return infos.map((info) => ({ ...info, loadIndex: indexes.get(info.name)! }));
}

function autoInstallOf(module: OdooRecord, deps: readonly OdooRecord[]): boolean | string[] {
  if (module['auto_install'] !== true) return false;
  const required = deps.filter((d) => d['auto_install_required'] !== false).map((d) => String(d['name']));
  return required.length === deps.length ? true : required.sort(compareStrings);
}
