import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Maps a snapshot location (`hr/security/hr_security.xml`, relative to the addons path holding the
 * module) to the file on disk: the first addons path that has the module, as Odoo picks it.
 */
export function moduleFileResolver(addonsPaths: readonly string[]): (file: string) => string | null {
  const cache = new Map<string, string | null>();
  return (file) => {
    const module = file.split('/')[0]!;
    if (!cache.has(module)) cache.set(module, addonsPaths.find((path) => existsSync(join(path, module))) ?? null);
    const path = cache.get(module);
    return path == null ? null : join(path, file);
  };
}
