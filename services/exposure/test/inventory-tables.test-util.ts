import { enableTenantIsolation } from '@sightline/platform-db';
import { queryRows } from '@sightline/platform-db/testing';
import type { Snapshot } from '@sightline/odoo-model';

/**
 * The two inventory tables this service reads, reduced to the columns of the contract (see
 * README), with the inventory's row-level security: services never import each other, so the
 * tests create them instead of running the inventory's migrations. The gateway tests in services/cli use the real inventory service.
 */
export async function createInventoryTables(url: string): Promise<void> {
  await queryRows(url, `
    create schema if not exists inventory;
    create table inventory.tenant (id uuid primary key default gen_random_uuid(), slug text not null unique);
    create table inventory.snapshot (
      id uuid primary key default gen_random_uuid(),
      tenant_id uuid not null references inventory.tenant (id),
      document jsonb not null
    );
    insert into inventory.tenant (slug) values ('default'), ('other');`);
  // As the inventory's migration does: the tenant role reads snapshots under row-level security.
  const db = { query: (sql: string, params?: unknown[]) => queryRows(url, sql, params ?? []) } as unknown as Parameters<typeof enableTenantIsolation>[0];
  await enableTenantIsolation(db, 'inventory');
}

export async function insertSnapshot(url: string, tenantSlug: string, snapshot: Snapshot): Promise<string> {
  const rows = await queryRows(
    url,
    `insert into inventory.snapshot (tenant_id, document) select id, $2 from inventory.tenant where slug = $1 returning id`,
    [tenantSlug, JSON.stringify(snapshot)],
  );
  return (rows[0] as { id: string }).id;
}
