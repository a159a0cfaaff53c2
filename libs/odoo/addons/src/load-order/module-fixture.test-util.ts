import type { AddonModule } from '../manifest/addon-module.type';
import type { OdooManifest } from '../manifest/odoo-manifest.type';

/** An in-memory module: `depends` as written (empty means base, as Odoo normalises it). */
export function fakeModule(name: string, depends: string[] = [], manifest: Partial<OdooManifest> = {}): AddonModule {
  const normalized = name === 'base' ? [] : depends.length > 0 ? depends : ['base'];
  const autoInstall = manifest.autoInstall ?? false;
  const triggers = autoInstall === false ? null : autoInstall === true ? normalized : autoInstall;
  return {
    name,
    addonsPath: '/addons',
    dir: `/addons/${name}`,
    manifestFile: `/addons/${name}/__manifest__.py`,
    manifest: {
      name,
      version: '1.0',
      category: null,
      data: [],
      demo: [],
      installable: true,
      application: false,
      ...manifest,
      depends: normalized,
      autoInstall,
      autoInstallTriggers: triggers,
    },
  };
}

export function moduleMap(...modules: AddonModule[]): Map<string, AddonModule> {
  return new Map(modules.map((m) => [m.name, m]));
}
