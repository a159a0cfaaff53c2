import type { DataSource, EntityManager, MigrationInterface, QueryRunner } from 'typeorm';
import { canAssumeRole, ensureRole, grantToCurrentUser } from './ensure-role.util';

/**
 * The PostgreSQL role services switch to for tenant-scoped work. It owns nothing, so row-level
 * security applies to it: every table with a tenant_id shows it only the rows of the tenant in
 * `sightline.tenant_id`, and accepts no row of another tenant. This is the second wall behind the
 * tenant condition every query already carries.
 */
export const tenantRole = 'sightline_service';
const tenantSetting = 'sightline.tenant_id';

/**
 * Migration step: grants the tenant role the schema's tables and puts a tenant policy on every
 * table of the schema with a tenant_id column (run it again in a migration that adds such a table).
 * Creating the role needs CREATEROLE; without it a notice asks the administrator to.
 */
export async function enableTenantIsolation(db: Pick<QueryRunner, 'query'>, schema: string): Promise<void> {
  await ensureRole(db, tenantRole, `${grantToCurrentUser(tenantRole)}
    grant usage on schema ${schema} to ${tenantRole};
    grant select, insert, update, delete on all tables in schema ${schema} to ${tenantRole};
    grant usage on all sequences in schema ${schema} to ${tenantRole};`);
  const current = `nullif(current_setting('${tenantSetting}', true), '')::uuid`;
  const tables: Array<{ table_name: string }> = await db.query(
    `select table_name from information_schema.columns where table_schema = $1 and column_name = 'tenant_id' order by table_name`,
    [schema],
  );
  for (const { table_name: table } of tables) {
    await db.query(`alter table ${schema}.${table} enable row level security`);
    await db.query(`drop policy if exists tenant_isolation on ${schema}.${table}`);
    await db.query(`create policy tenant_isolation on ${schema}.${table} using (tenant_id = ${current}) with check (tenant_id = ${current})`);
  }
}

/**
 * A migration that runs enableTenantIsolation on a service's schema (timestamped like the
 * service's other migrations; add another when a migration creates a table with a tenant_id).
 */
export function tenantIsolationMigration(schema: string, timestamp: number): new () => MigrationInterface {
  return class implements MigrationInterface {
    name = `Enable${schema[0].toUpperCase()}${schema.slice(1)}TenantIsolation${timestamp}`;

    async up(db: QueryRunner): Promise<void> {
      await enableTenantIsolation(db, schema);
    }

    async down(db: QueryRunner): Promise<void> {
      const tables: Array<{ tablename: string }> = await db.query(`select tablename from pg_policies where schemaname = $1 and policyname = 'tenant_isolation'`, [schema]);
      for (const { tablename } of tables) {
        await db.query(`drop policy tenant_isolation on ${schema}.${tablename}`);
        await db.query(`alter table ${schema}.${tablename} disable row level security`);
      }
    }
  };
}

const usable = new WeakMap<DataSource, Promise<boolean>>();

/**
 * Runs `work` in a transaction acting for one tenant: `sightline.tenant_id` is set and, where the
 * service user may assume it, the tenant role too, so row-level security filters every statement
 * (a query that forgot its tenant condition still sees only this tenant's rows).
 */
export async function withTenant<T>(dataSource: DataSource, tenantId: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  const assumeRole = await isTenantIsolationEnforced(dataSource);
  return dataSource.transaction(async (manager) => {
    await manager.query(
      assumeRole ? `select set_config('${tenantSetting}', $1, true), set_config('role', '${tenantRole}', true)` : `select set_config('${tenantSetting}', $1, true)`,
      [tenantId],
    );
    return work(manager);
  });
}

/** Whether withTenant() switches to the tenant role here (false: the role is missing or not granted). */
export function isTenantIsolationEnforced(dataSource: DataSource): Promise<boolean> {
  if (!usable.has(dataSource)) usable.set(dataSource, canAssumeRole(dataSource, tenantRole));
  return usable.get(dataSource)!;
}
