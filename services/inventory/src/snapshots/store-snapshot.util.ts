import type { DataSource } from 'typeorm';
import type { Snapshot } from '@sightline/odoo-model';
import { TenantEntity } from '../entities/tenant.entity';
import type { SnapshotEntity } from '../entities/snapshot.entity';
import { StoreSnapshotUseCase } from './store-snapshot.use-case';

/** Stores a snapshot for the tenant with this slug (for the CLI and the demo seed). */
export async function storeSnapshot(
  dataSource: DataSource,
  input: { tenantSlug: string; snapshot: Snapshot; label: string },
): Promise<SnapshotEntity> {
  const tenant = await dataSource.getRepository(TenantEntity).findOneBy({ slug: input.tenantSlug });
  if (!tenant) throw new Error(`tenant ${input.tenantSlug} does not exist`);
  return new StoreSnapshotUseCase(dataSource).execute({ tenantId: tenant.id, snapshot: input.snapshot, label: input.label });
}
