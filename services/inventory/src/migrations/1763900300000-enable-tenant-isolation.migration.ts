import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation } from '@sightline/platform-db';

/** Row-level security on every table with a tenant_id, for the tenant role services act as. */
export class EnableInventoryTenantIsolation1763900300000 implements MigrationInterface {
  name = 'EnableInventoryTenantIsolation1763900300000';

  async up(db: QueryRunner): Promise<void> {
    await enableTenantIsolation(db, 'inventory');
  }

  async down(db: QueryRunner): Promise<void> {
    const tables: Array<{ tablename: string }> = await db.query(`select tablename from pg_policies where schemaname = 'inventory' and policyname = 'tenant_isolation'`);
    for (const { tablename } of tables) {
      await db.query(`drop policy tenant_isolation on inventory.${tablename}`);
      await db.query(`alter table inventory.${tablename} disable row level security`);
    }
  }
}
