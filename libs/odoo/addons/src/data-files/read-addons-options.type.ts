import type { OdooVersion } from '@sightline/odoo-model';
import type { MissingDependencies } from '../load-order/resolve-install-set.util';
import type { ReadMode } from './read-problems.collector';

export interface ReadAddonsOptions {
  /** Folders holding modules; for a module found in several, the first folder wins (as in Odoo). */
  readonly addonsPaths: readonly string[];
  /** Decides version-dependent reading, e.g. where new users' default groups come from. */
  readonly odooVersion: OdooVersion;
  /** Modules to install (with dependencies and auto-install modules). Default: every module found. */
  readonly install?: readonly string[];
  /** Also load `demo` files (default false: a production database is created without them). */
  readonly demo?: boolean;
  /**
   * A data file listed in a manifest but absent: Odoo would fail, but trees given to a CI check
   * are often partial. `'warn'` (default) skips it with a warning, `'error'` reports an error.
   */
  readonly missingFiles?: 'warn' | 'error';
  /**
   * A `depends` entry found in no addons path: `'error'` (default, as Odoo), or `'external'` to
   * check a repository of custom modules alone, taking such modules as installed outside the tree
   * (references to their records are kept as external).
   */
  readonly missingDependencies?: MissingDependencies;
  /** `'strict'` (default) throws an {@link AddonsReadError} at the first error; `'lenient'` collects errors and goes on. */
  readonly mode?: ReadMode;
  /**
   * `ir.model` XML id → model name (`hr.model_hr_employee` → `hr.employee`), from the Python
   * model reader. Ids missing here are also resolved by Odoo's `model_<name>` convention against
   * the model names it holds.
   */
  readonly modelXmlIds: ReadonlyMap<string, string>;
}
