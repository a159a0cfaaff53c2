import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateInventorySchema1763900000000 implements MigrationInterface {
  name = 'CreateInventorySchema1763900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      create table inventory.tenant (
        id uuid primary key default gen_random_uuid(),
        slug text not null unique check (slug ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
        name text not null,
        created_at timestamptz not null default now()
      )`);
    await db.query(`insert into inventory.tenant (slug, name) values ('default', 'Default tenant')`);
    await db.query(`
      create table inventory.snapshot (
        id uuid primary key default gen_random_uuid(),
        tenant_id uuid not null references inventory.tenant (id),
        source_kind text not null check (source_kind in ('addons', 'live')),
        label text not null,
        odoo_version text not null,
        content_hash text not null check (content_hash ~ '^[0-9a-f]{64}$'),
        counts jsonb not null,
        document jsonb not null,
        created_at timestamptz not null default now()
      )`);
    await db.query(`create index snapshot_tenant_created_idx on inventory.snapshot (tenant_id, created_at desc, id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`drop table inventory.snapshot`);
    await db.query(`drop table inventory.tenant`);
  }
}
