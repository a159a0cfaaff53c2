import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantIsolation } from '@sightline/platform-db';

/** Row-level security on api_token and role_assignment, for the tenant role services act as. */
export class EnableAuthTenantIsolation1764000300000 implements MigrationInterface {
  name = 'EnableAuthTenantIsolation1764000300000';

  async up(db: QueryRunner): Promise<void> {
    await enableTenantIsolation(db, 'auth');
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['api_token', 'role_assignment']) {
      await db.query(`drop policy if exists tenant_isolation on auth.${table}`);
      await db.query(`alter table auth.${table} disable row level security`);
    }
  }
}
