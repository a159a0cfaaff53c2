import type { ModuleInfo } from '@sightline/odoo-model';
import type { TestDatabase } from './test-database';

/** Installed `ir.module.module` rows and their `ir.module.module.dependency` rows. */
export function buildModules(db: TestDatabase, modules: readonly ModuleInfo[]): void {
  const ids = new Map<string, number>();
  for (const module of modules) {
    const id = db.table('ir.module.module').insert({ name: module.name, state: 'installed', latest_version: module.version ?? false, auto_install: module.autoInstall !== false });
    ids.set(module.name, id);
  }
  for (const module of modules) {
    const moduleId = ids.get(module.name)!;
    const rows = module.depends.map((dependency) => {
      // Odoo's default is True: only a list-valued auto_install marks some dependencies as not required.
      const required = !Array.isArray(module.autoInstall) || module.autoInstall.includes(dependency);
      const row = { name: dependency, module_id: moduleId, depend_id: ids.get(dependency) ?? false, auto_install_required: required };
      return db.table('ir.module.module.dependency').insert(row);
    });
    db.table('ir.module.module').update(moduleId, { dependencies_id: rows });
  }
}
