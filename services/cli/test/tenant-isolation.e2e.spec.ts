import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { isTenantIsolationEnforced, withTenant } from '@sightline/platform-db';
import { createTestDatabase, queryRows } from '@sightline/platform-db/testing';
import type { TestDatabase } from '@sightline/platform-db/testing';
import { openInventoryDatabase, storeSnapshot } from '@sightline/inventory';
import { readAddonsSnapshot } from '@sightline/odoo-addons';
import { generateOrganisation, realOdooTree } from '@sightline/odoo-corpus';
import { postGraphQL } from '@sightline/platform-http/testing';
import { servePlatform } from '../src/commands/serve.command';
import { bearer, issueApiToken } from './api-token.test-util';
import type { RunningPlatform } from '../src/commands/serve.command';

// Every query carries its tenant condition; row-level security is the second wall should one not.
describe('tenant isolation in PostgreSQL (row-level security)', () => {
  let database: TestDatabase;
  let platform: RunningPlatform;
  let inventory: DataSource;
  const tenants: Record<string, string> = {};

  beforeAll(async () => {
    database = await createTestDatabase();
    platform = await servePlatform({ port: 0, announce: () => undefined }, {
      SIGHTLINE_LOG_LEVEL: 'silent', DATABASE_URL: database.url, SIGHTLINE_SECRET_KEY: randomBytes(32).toString('base64'),
    });
    inventory = await openInventoryDatabase(database.url);
    await inventory.query(`insert into inventory.tenant (slug, name) values ('acme', 'ACME')`);
    for (const row of await queryRows(database.url, 'select id, slug from inventory.tenant')) tenants[String(row.slug)] = String(row.id);
    const { snapshot } = readAddonsSnapshot({ addonsPaths: realOdooTree('17.0').addonsPaths, odooVersion: '17.0', install: ['hr'], createdAt: '2026-01-01T00:00:00Z' });
    const organisation = generateOrganisation(snapshot, { users: 20, seed: 3 });
    await storeSnapshot(inventory, { tenantSlug: 'default', snapshot: organisation, label: 'default' });
    await storeSnapshot(inventory, { tenantSlug: 'acme', snapshot: organisation, label: 'acme' });
  }, 120_000);

  afterAll(async () => {
    await inventory?.destroy();
    await platform?.stop();
    await database?.dispose();
  });

  it('puts a tenant policy on every table with a tenant_id in the service schemas', async () => {
    const tables = await queryRows(database.url, `
      select c.table_schema, c.table_name, k.relrowsecurity,
             exists (select 1 from pg_policies p where p.schemaname = c.table_schema and p.tablename = c.table_name and p.policyname = 'tenant_isolation') as has_policy
      from information_schema.columns c
      join pg_class k on k.relname = c.table_name join pg_namespace n on n.oid = k.relnamespace and n.nspname = c.table_schema
      where c.column_name = 'tenant_id' and c.table_schema in ('inventory', 'exposure', 'auth')
      order by 1, 2`);
    expect(tables.length).toBeGreaterThanOrEqual(15);
    expect(tables.filter((t) => !t.relrowsecurity || !t.has_policy)).toEqual([]);
    expect(await isTenantIsolationEnforced(inventory)).toBe(true);
  });

  it('shows a statement without any tenant condition only the rows of the tenant it acts for', async () => {
    const seen = await withTenant(inventory, tenants.acme, async (db) => ({
      snapshots: await db.query('select distinct tenant_id from inventory.snapshot'),
      users: await db.query('select distinct tenant_id from inventory.snapshot_user'),
      documents: await db.query('select count(*)::int as n from inventory.snapshot'),
    }));
    expect(seen.snapshots).toEqual([{ tenant_id: tenants.acme }]);
    expect(seen.users).toEqual([{ tenant_id: tenants.acme }]);
    expect(seen.documents).toEqual([{ n: 1 }]);
    const [other] = await queryRows(database.url, `select id from inventory.snapshot where tenant_id = $1`, [tenants.default]);
    const reached = await withTenant(inventory, tenants.acme, (db) => db.query('select id from inventory.snapshot where id = $1', [other.id]));
    expect(reached).toEqual([]);
  });

  it("refuses to write a row into another tenant's data", async () => {
    await expect(
      withTenant(inventory, tenants.acme, (db) =>
        db.query(`insert into exposure.classification_override (tenant_id, model, field, personal, categories, subjects) values ($1, 'hr.employee', 'x_badge', false, '{}', '{}')`, [tenants.default]),
      ),
    ).rejects.toThrow(/row-level security/);
    const deleted = await withTenant(inventory, tenants.acme, (db) => db.query(`delete from inventory.snapshot where tenant_id = $1`, [tenants.default]));
    expect(deleted).toEqual([[], 0]);
  });

  it('shows nothing when no tenant is set', async () => {
    const rows = await inventory.transaction(async (db) => {
      await db.query(`select set_config('role', 'sightline_service', true)`);
      return db.query('select count(*)::int as n from inventory.snapshot');
    });
    expect(rows).toEqual([{ n: 0 }]);
  });

  it('runs on a database whose owner may not create or grant roles (managed PostgreSQL), without the second wall', async () => {
    const name = `sightline_limited_${Date.now().toString(36)}`;
    await queryRows(database.url, `create role ${name} login password 'limited' createdb`);
    await queryRows(database.url, `create database ${name} owner ${name}`);
    const limitedUrl = Object.assign(new URL(database.url), { username: name, password: 'limited', pathname: `/${name}` }).toString();
    const limited = await servePlatform({ port: 0, announce: () => undefined }, {
      SIGHTLINE_LOG_LEVEL: 'silent', DATABASE_URL: limitedUrl, SIGHTLINE_SECRET_KEY: randomBytes(32).toString('base64'),
    });
    try {
      const token = await issueApiToken(limitedUrl, 'privacy-officer');
      const body = await postGraphQL(limited.url, '{ snapshots { totalCount } auditLogVerification { ok entries } }', {}, bearer(token));
      expect(body.errors).toBeUndefined();
      expect(body.data).toEqual({ snapshots: { totalCount: 0 }, auditLogVerification: { ok: true, entries: 2 } });
      const limitedInventory = await openInventoryDatabase(limitedUrl);
      try {
        expect(await isTenantIsolationEnforced(limitedInventory)).toBe(false);
      } finally {
        await limitedInventory.destroy();
      }
    } finally {
      await limited.stop();
      await queryRows(database.url, `drop database ${name} with (force)`);
      await queryRows(database.url, `drop owned by ${name}`).catch(() => undefined);
      await queryRows(database.url, `drop role ${name}`);
    }
  }, 120_000);
});
