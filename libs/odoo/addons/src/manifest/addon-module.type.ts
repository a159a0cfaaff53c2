import type { OdooManifest } from './odoo-manifest.type';

/** A module found in an addons path. */
export interface AddonModule {
  readonly name: string;
  /** The addons path it was found in, as given. */
  readonly addonsPath: string;
  /** Its directory: `addonsPath/name`. */
  readonly dir: string;
  readonly manifestFile: string;
  readonly manifest: OdooManifest;
}
