import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation } from '@sightline/platform-db';

/** Row-level security on every table with a tenant_id, for the tenant role services act as. */
export class EnableExposureTenantIsolation1764000100000 implements MigrationInterface {
  name = 'EnableExposureTenantIsolation1764000100000';

  async up(db: QueryRunner): Promise<void> {
    await enableTenantIsolation(db, 'exposure');
  }

  async down(db: QueryRunner): Promise<void> {
    const tables: Array<{ tablename: string }> = await db.query(`select tablename from pg_policies where schemaname = 'exposure' and policyname = 'tenant_isolation'`);
    for (const { tablename } of tables) {
      await db.query(`drop policy tenant_isolation on exposure.${tablename}`);
      await db.query(`alter table exposure.${tablename} disable row level security`);
    }
  }
}
