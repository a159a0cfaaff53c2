import type { FieldInfo } from '@sightline/odoo-model';
import type { FieldGroupsCatalog } from '../catalog/field-groups-catalog.type';
import type { OdooClient } from '../client/odoo-client';
import type { OdooReadProgress } from '../client/odoo-read-progress.type';

export interface SyncOdooSnapshotOptions {
  readonly client: OdooClient;
  /**
   * The fields of the installed modules with their effective groups, from an addon-tree reading
   * (the API cannot tell them). Without it the shipped catalog of standard fields is used.
   */
  readonly fieldGroups?: readonly FieldInfo[];
  /** Replaces the shipped catalog; null for none. */
  readonly catalog?: FieldGroupsCatalog | null;
  /** Records per `search_read` (default 1000). */
  readonly pageSize?: number;
  readonly onProgress?: (progress: OdooReadProgress) => void;
  /** Clock for `meta.createdAt` (default now). */
  readonly now?: () => Date;
}
