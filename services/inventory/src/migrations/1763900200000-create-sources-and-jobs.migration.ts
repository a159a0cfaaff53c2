import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Where snapshots come from (a live Odoo or addon trees) and the jobs that take them. */
export class CreateSourcesAndJobs1763900200000 implements MigrationInterface {
  name = 'CreateSourcesAndJobs1763900200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      create table inventory.source (
        id uuid primary key default gen_random_uuid(),
        tenant_id uuid not null references inventory.tenant (id),
        kind text not null check (kind in ('odoo', 'addons')),
        name text not null check (length(name) between 1 and 200),
        odoo_url text,
        odoo_database text,
        odoo_login text,
        odoo_protocol text check (odoo_protocol in ('jsonrpc', 'xmlrpc', 'json2')),
        addons_paths text[] not null default '{}',
        install_modules text[] not null default '{}',
        odoo_version text,
        credential bytea,
        current_snapshot_id uuid references inventory.snapshot (id),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        unique (tenant_id, name),
        check (kind <> 'odoo' or (odoo_url is not null and odoo_database is not null and odoo_login is not null)),
        check (kind <> 'addons' or cardinality(addons_paths) > 0)
      )`);
    await db.query(`alter table inventory.snapshot add column source_id uuid references inventory.source (id) on delete set null`);
    await db.query(`
      create table inventory.job (
        id uuid primary key default gen_random_uuid(),
        tenant_id uuid not null references inventory.tenant (id),
        source_id uuid not null references inventory.source (id) on delete cascade,
        kind text not null check (kind in ('sync', 'import-addons')),
        status text not null check (status in ('queued', 'running', 'succeeded', 'failed')),
        progress jsonb not null default '{}',
        error text,
        snapshot_id uuid references inventory.snapshot (id),
        created_at timestamptz not null default now(),
        started_at timestamptz,
        finished_at timestamptz
      )`);
    await db.query(`create index job_source_created_idx on inventory.job (source_id, created_at desc)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`drop table inventory.job`);
    await db.query(`alter table inventory.snapshot drop column source_id`);
    await db.query(`drop table inventory.source`);
  }
}
