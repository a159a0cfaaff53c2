/** The facts of a `__manifest__.py` that decide installation and data loading, normalised as Odoo does. */
export interface OdooManifest {
  readonly name: string | null;
  readonly version: string | null;
  readonly category: string | null;
  /** `['base']` when the manifest lists none (Odoo's rule), `[]` for base itself. */
  readonly depends: readonly string[];
  /** Data files in load order (`init_xml`, `update_xml`, then `data`). */
  readonly data: readonly string[];
  /** Demo files in load order (`demo_xml`, then `demo`). */
  readonly demo: readonly string[];
  /** As written: `true`, `false` or a list of trigger modules. */
  readonly autoInstall: boolean | readonly string[];
  /** The modules whose installation triggers this one; null when it is not auto-installed. */
  readonly autoInstallTriggers: readonly string[] | null;
  readonly installable: boolean;
  readonly application: boolean;
}
