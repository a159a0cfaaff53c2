import type { AccessRow, Acl, Group, ModuleInfo, OdooVersion, Rule, User } from '@sightline/odoo-model';
import type { ReadProblem } from './read-problem.type';

/** The security part of a snapshot, read from addon trees. */
export interface AddonsSecurityReading {
  readonly odooVersion: OdooVersion;
  readonly addonsPaths: readonly string[];
  /** Installed modules in load order. */
  readonly modules: readonly ModuleInfo[];
  readonly groups: readonly Group[];
  readonly users: readonly User[];
  readonly acls: readonly Acl[];
  readonly rules: readonly Rule[];
  /** Post-19 `ir.access` rows. */
  readonly accessRows: readonly AccessRow[];
  readonly defaultUserGroupXmlids: readonly string[];
  /** XML ids referenced in the tree that belong to modules outside it. */
  readonly externalRefs: readonly string[];
  /** Things not taken into account (missing files, `<function>` calls…). */
  readonly warnings: readonly ReadProblem[];
  /** Lenient mode only: what Odoo would have refused. */
  readonly errors: readonly ReadProblem[];
}
