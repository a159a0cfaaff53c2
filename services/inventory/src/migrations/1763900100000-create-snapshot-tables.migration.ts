import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The snapshot's collections as tables, so GraphQL pages, filters and counts run in SQL. Every row
 * carries its tenant and snapshot; rows are written once, in the transaction that creates the
 * snapshot, and never updated.
 */
export class CreateSnapshotTables1763900100000 implements MigrationInterface {
  name = 'CreateSnapshotTables1763900100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`alter table inventory.snapshot add column source_description text not null default ''`);
    await db.query(`alter table inventory.snapshot add column schema_version int not null default 1`);
    const common = `tenant_id uuid not null, snapshot_id uuid not null references inventory.snapshot (id) on delete cascade`;
    const location = `source_file text, source_line int`;
    const perms = `perm_read boolean not null, perm_write boolean not null, perm_create boolean not null, perm_unlink boolean not null`;
    await db.query(`create table inventory.snapshot_module (${common}, name text not null, version text, depends text[] not null,
      auto_install jsonb not null, load_index int not null, primary key (snapshot_id, name))`);
    await db.query(`create table inventory.snapshot_group (${common}, xmlid text not null, name text, module text not null,
      category_xmlid text, category_name text, privilege_xmlid text, privilege_name text, share boolean not null,
      user_type text, comment text, ${location}, primary key (snapshot_id, xmlid))`);
    await db.query(`create table inventory.snapshot_implication (${common}, group_xmlid text not null, implied_xmlid text not null,
      primary key (snapshot_id, group_xmlid, implied_xmlid))`);
    await db.query(`create index snapshot_implication_implied_idx on inventory.snapshot_implication (snapshot_id, implied_xmlid)`);
    await db.query(`create table inventory.snapshot_user (${common}, key text not null, xmlid text, odoo_id int, login text,
      name text, active boolean not null, share boolean not null, user_type text, company_key text, company_keys text[] not null,
      login_date timestamptz, employee_key text, department_key text, parent_employee_key text, ${location},
      primary key (snapshot_id, key))`);
    await db.query(`create table inventory.snapshot_membership (${common}, user_key text not null, group_xmlid text not null,
      primary key (snapshot_id, user_key, group_xmlid))`);
    await db.query(`create index snapshot_membership_group_idx on inventory.snapshot_membership (snapshot_id, group_xmlid)`);
    await db.query(`create table inventory.snapshot_model (${common}, name text not null, description text, kind text not null,
      module text, inherits jsonb not null, primary key (snapshot_id, name))`);
    await db.query(`create table inventory.snapshot_field (${common}, model text not null, name text not null, type text not null,
      relation text, related text, groups jsonb not null, groups_source text not null, set_by_module text, set_by_file text,
      set_by_line int, primary key (snapshot_id, model, name))`);
    await db.query(`create table inventory.snapshot_acl (${common}, xmlid text not null, name text not null, model text not null,
      group_xmlid text, ${perms}, active boolean not null, module text not null, ${location}, primary key (snapshot_id, xmlid))`);
    await db.query(`create index snapshot_acl_model_idx on inventory.snapshot_acl (snapshot_id, model)`);
    await db.query(`create table inventory.snapshot_rule (${common}, xmlid text not null, name text not null, model text not null,
      group_xmlids text[] not null, domain text, ${perms}, active boolean not null, module text not null, ${location},
      primary key (snapshot_id, xmlid))`);
    await db.query(`create index snapshot_rule_model_idx on inventory.snapshot_rule (snapshot_id, model)`);
    await db.query(`create table inventory.snapshot_default_user_group (${common}, group_xmlid text not null,
      primary key (snapshot_id, group_xmlid))`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['default_user_group', 'rule', 'acl', 'field', 'model', 'membership', 'user', 'implication', 'group', 'module']) {
      await db.query(`drop table inventory.snapshot_${table}`);
    }
    await db.query(`alter table inventory.snapshot drop column schema_version, drop column source_description`);
  }
}
