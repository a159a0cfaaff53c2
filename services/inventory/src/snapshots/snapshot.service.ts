import type { DataSource } from 'typeorm';
import { withTenant } from '@sightline/platform-db';
import type { OffsetPage } from '@sightline/platform-graphql';
import { SnapshotEntity } from '../entities/snapshot.entity';

/** Reads stored snapshots, each read acting as the tenant's role (row-level security backs the tenant condition). */
export class SnapshotService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * A page of the tenant's snapshots that `where` allows (accessibleWhere with `tenantId` mapped to
   * `s.tenant_id`), newest first, ties broken by id, so pages are stable.
   */
  list(tenantId: string, where: { sql: string; params: Record<string, unknown> }, page: OffsetPage): Promise<[SnapshotEntity[], number]> {
    return withTenant(this.dataSource, tenantId, (db) =>
      db
        .getRepository(SnapshotEntity)
        .createQueryBuilder('s')
        .where(where.sql, where.params)
        .orderBy('s.created_at', 'DESC')
        .addOrderBy('s.id', 'ASC')
        .skip(page.offset)
        .take(page.limit)
        .getManyAndCount(),
    );
  }

  async findById(tenantId: string, id: string): Promise<SnapshotEntity | null> {
    if (!isUuid(id)) return null;
    return withTenant(this.dataSource, tenantId, (db) => db.getRepository(SnapshotEntity).findOneBy({ tenantId, id }));
  }

  /** The stored canonical document, or null when the tenant has no such snapshot. */
  async documentOf(tenantId: string, id: string): Promise<unknown | null> {
    if (!isUuid(id)) return null;
    const rows: Array<{ document: unknown }> = await withTenant(this.dataSource, tenantId, (db) =>
      db.query('select document from inventory.snapshot where tenant_id = $1 and id = $2', [tenantId, id]),
    );
    return rows[0]?.document ?? null;
  }

  count(tenantId: string): Promise<number> {
    return withTenant(this.dataSource, tenantId, (db) => db.getRepository(SnapshotEntity).countBy({ tenantId }));
  }
}

function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
