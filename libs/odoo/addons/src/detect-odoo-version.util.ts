import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddonModule } from './manifest/addon-module.type';

/**
 * The Odoo series of a source tree, from `odoo/release.py` beside the addons path holding `base`
 * (`version_info = (17, 0, 0, FINAL, 0, '')` or `(saas~18, 4, …)`). Null when it cannot be found.
 */
export function detectOdooVersion(modules: ReadonlyMap<string, AddonModule>): string | null {
  const base = modules.get('base');
  if (!base) return null;
  for (const candidate of [join(base.addonsPath, '..', 'release.py'), join(base.addonsPath, '..', 'odoo', 'release.py')]) {
    if (!existsSync(candidate)) continue;
    const match = /^version_info\s*=\s*\(\s*(?:'saas~)?(\d+)'?\s*,\s*(\d+)/m.exec(readFileSync(candidate, 'utf8'));
    if (match) return `${match[1]}.${match[2]}`;
  }
  return null;
}
