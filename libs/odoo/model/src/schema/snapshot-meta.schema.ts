import { z } from 'zod';
import { moduleInfoSchema, type ModuleInfo } from './module-info.schema';
import { odooVersionSchema, type OdooVersion } from './odoo-version.schema';
import { snapshotWarningSchema, type SnapshotWarning } from './snapshot-warning.schema';

export type SnapshotSourceKind = 'addons' | 'live';

export interface SnapshotSource {
  readonly kind: SnapshotSourceKind;
  /** Human-readable origin: addons paths, or the Odoo URL and database. */
  readonly description: string;
}

export interface SnapshotMeta {
  readonly odooVersion: OdooVersion;
  readonly source: SnapshotSource;
  /** ISO 8601 date-time. */
  readonly createdAt: string;
  readonly modules: readonly ModuleInfo[];
  readonly warnings: readonly SnapshotWarning[];
}

export const snapshotMetaSchema: z.ZodType<SnapshotMeta> = z
  .object({
    odooVersion: odooVersionSchema,
    source: z.object({ kind: z.enum(['addons', 'live']), description: z.string() }).strict(),
    createdAt: z.string().datetime({ offset: true, message: 'expected an ISO 8601 date-time' }),
    modules: z.array(moduleInfoSchema),
    warnings: z.array(snapshotWarningSchema),
  })
  .strict();
