import { openServiceDatabase } from '@sightline/platform-db';
import type { DataSource } from 'typeorm';
import { SnapshotEntity } from './entities/snapshot.entity';
import { TenantEntity } from './entities/tenant.entity';
import { SourceEntity } from './entities/source.entity';
import { JobEntity } from './entities/job.entity';
import { CreateSourcesAndJobs1763900200000 } from './migrations/1763900200000-create-sources-and-jobs.migration';
import { CreateInventorySchema1763900000000 } from './migrations/1763900000000-create-inventory-schema.migration';
import { CreateSnapshotTables1763900100000 } from './migrations/1763900100000-create-snapshot-tables.migration';
import { EnableInventoryTenantIsolation1763900300000 } from './migrations/1763900300000-enable-tenant-isolation.migration';

export const inventorySchema = 'inventory';
export const inventoryEntities = [TenantEntity, SnapshotEntity, SourceEntity, JobEntity];
export const inventoryMigrations = [CreateInventorySchema1763900000000, CreateSnapshotTables1763900100000, CreateSourcesAndJobs1763900200000, EnableInventoryTenantIsolation1763900300000];

/** Opens the inventory schema of the given database, applying pending migrations. */
export function openInventoryDatabase(url: string): Promise<DataSource> {
  return openServiceDatabase({ url, schema: inventorySchema, entities: inventoryEntities, migrations: inventoryMigrations });
}
