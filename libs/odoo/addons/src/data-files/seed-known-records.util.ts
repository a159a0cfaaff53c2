import type { AddonModule } from '../manifest/addon-module.type';
import type { SecurityDataStore } from './records/security-data.store';

/**
 * Records Odoo creates before any data file: `base/data/base_data.sql` makes `base.user_root`
 * (login `__system__`, inactive), `base.group_user`, `base.main_company` and
 * `base.main_partner`; `odoo/modules/db.py` makes one `ir.module.category` per level of every module's
 * manifest `category` (`odoo/modules/db.py` `create_categories`: `Human Resources/Employees` →
 * `base.module_category_human_resources` and `…_human_resources_employees`).
 */
export function seedKnownRecords(store: SecurityDataStore, discovered: Iterable<AddonModule>, installed: ReadonlySet<string>): void {
  if (installed.has('base')) {
    const root = store.user('base.user_root');
    root.login = '__system__';
    root.active = false;
    store.recordModels.set('base.user_root', 'res.users');
    store.group('base.group_user');
    store.recordModels.set('base.group_user', 'res.groups');
    store.recordModels.set('base.main_company', 'res.company');
    store.recordModels.set('base.main_partner', 'res.partner');
  }
  for (const module of discovered) seedCategories(store, (module.manifest.category ?? 'Uncategorized').split('/'));
}

function seedCategories(store: SecurityDataStore, levels: readonly string[]): void {
  let parent: string | null = null;
  for (let depth = 1; depth <= levels.length; depth += 1) {
    const path = levels.slice(0, depth).map((level) => level.toLowerCase());
    const xmlid = `base.module_category_${path.join('_').replace(/&/g, 'and').replace(/ /g, '_')}`;
    if (!store.categories.has(xmlid)) {
      store.categories.set(xmlid, { xmlid, extensions: [], name: levels[depth - 1]!, parentXmlid: parent });
      store.recordModels.set(xmlid, 'ir.module.category');
    }
    parent = xmlid;
  }
}
