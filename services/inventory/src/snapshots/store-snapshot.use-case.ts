import type { DataSource, EntityManager } from 'typeorm';
import { snapshotHash } from '@sightline/odoo-model';
import { withTenant } from '@sightline/platform-db';
import type { Snapshot } from '@sightline/odoo-model';
import { SnapshotEntity } from '../entities/snapshot.entity';
import type { SnapshotCounts } from '../entities/snapshot.entity';
import { snapshotTableRows } from './snapshot-table-rows.util';

export interface StoreSnapshotInput {
  tenantId: string;
  snapshot: Snapshot;
  label: string;
  /** The source it was taken from: the new snapshot becomes that source's current one. */
  sourceId?: string;
}

/**
 * Writes a snapshot and all its rows in one transaction, one bulk statement per table: either the
 * whole snapshot is visible afterwards or nothing of it is. It acts as the tenant's role, so
 * row-level security refuses any row that would land in another tenant.
 */
export class StoreSnapshotUseCase {
  constructor(private readonly dataSource: DataSource) {}

  async execute(input: StoreSnapshotInput): Promise<SnapshotEntity> {
    return withTenant(this.dataSource, input.tenantId, async (manager) => {
      const entity = await manager.getRepository(SnapshotEntity).save(
        manager.getRepository(SnapshotEntity).create({
          tenantId: input.tenantId,
          sourceKind: input.snapshot.meta.source.kind,
          label: input.label,
          odooVersion: input.snapshot.meta.odooVersion,
          contentHash: snapshotHash(input.snapshot),
          counts: countsOf(input.snapshot),
          document: input.snapshot,
          sourceDescription: input.snapshot.meta.source.description,
          schemaVersion: input.snapshot.schemaVersion,
          sourceId: input.sourceId ?? null,
        }),
      );
      for (const [table, rows] of Object.entries(snapshotTableRows(input.snapshot))) {
        await insertRows(manager, table, rows.map((row) => ({ ...row, tenant_id: input.tenantId, snapshot_id: entity.id })));
      }
      if (input.sourceId) {
        await manager.query('update inventory.source set current_snapshot_id = $1, updated_at = now() where id = $2 and tenant_id = $3', [
          entity.id, input.sourceId, input.tenantId,
        ]);
      }
      return entity;
    });
  }
}

/** One INSERT per table: PostgreSQL expands the JSON array into rows of the table's own row type. */
async function insertRows(manager: EntityManager, table: string, rows: object[]): Promise<void> {
  if (rows.length === 0) return;
  await manager.query(
    `insert into inventory.${table} select * from jsonb_populate_recordset(null::inventory.${table}, $1::jsonb)`,
    [JSON.stringify(rows)],
  );
}

function countsOf(snapshot: Snapshot): SnapshotCounts {
  return {
    modules: snapshot.meta.modules.length,
    groups: snapshot.groups.length,
    users: snapshot.users.length,
    models: snapshot.models.length,
    fields: snapshot.fields.length,
    acls: snapshot.acls.length,
    rules: snapshot.rules.length,
  };
}
