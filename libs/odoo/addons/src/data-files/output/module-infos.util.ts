import type { ModuleInfo, OdooVersion } from '@sightline/odoo-model';
import type { AddonModule } from '../../manifest/addon-module.type';

/** The installed modules in load order, versions prefixed with the series as Odoo stores them (`1.1` → `17.0.1.1`). */
export function moduleInfos(ordered: readonly AddonModule[], odooVersion: OdooVersion): ModuleInfo[] {
  const series = /^(?:saas-)?(\d+\.\d+)$/.exec(odooVersion)?.[1] ?? null;
  return ordered.map((module, loadIndex) => ({
    name: module.name,
    version: adaptVersion(module.manifest.version, series),
    depends: module.manifest.depends,
    autoInstall: module.manifest.autoInstall,
    loadIndex,
  }));
}

/** Odoo `adapt_version`: versions of up to three parts get the series in front. */
function adaptVersion(version: string | null, series: string | null): string | null {
  if (series === null) return version;
  const written = version ?? '1.0';
  if (written.startsWith(`${series}.`) || written.split('.').length > 3) return written;
  return `${series}.${written}`;
}
