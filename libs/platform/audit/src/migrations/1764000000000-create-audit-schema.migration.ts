import type { MigrationInterface, QueryRunner } from 'typeorm';
import { ensureRole } from '@sightline/platform-db';
import { auditWriterRole } from '../audit-writer-role';

const hashCheck = (column: string) => `check (${column} ~ '^[0-9a-f]{64}$')`;

export class CreateAuditSchema1764000000000 implements MigrationInterface {
  name = 'CreateAuditSchema1764000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      create table audit.entry (
        seq bigserial primary key,
        tenant_id uuid,
        at timestamptz not null,
        actor jsonb not null check (jsonb_typeof(actor) = 'object' and actor ? 'kind' and actor ? 'id'),
        action text not null check (action ~ '^[a-z][a-z0-9_.:-]*$'),
        object_type text,
        object_ids text[] not null default '{}',
        origin jsonb not null default '{}' check (jsonb_typeof(origin) = 'object'),
        outcome text not null check (outcome in ('success', 'denied', 'failure')),
        details jsonb not null default '{}' check (jsonb_typeof(details) = 'object'),
        prev_hash text not null ${hashCheck('prev_hash')},
        hash text not null unique ${hashCheck('hash')}
      )`);
    // Two entries of one chain can never share a predecessor: a fork fails even if the lock is bypassed.
    await db.query(`create unique index entry_chain_link_uq on audit.entry (coalesce(tenant_id, '00000000-0000-0000-0000-000000000000'::uuid), prev_hash)`);
    await db.query(`create index entry_tenant_seq_idx on audit.entry (tenant_id, seq)`);
    await db.query(`create index entry_tenant_action_seq_idx on audit.entry (tenant_id, action, seq)`);
    await db.query(`create index entry_tenant_actor_seq_idx on audit.entry (tenant_id, (actor ->> 'id'), seq)`);
    await db.query(`create index entry_tenant_at_idx on audit.entry (tenant_id, at)`);
    await db.query(`create index entry_object_ids_idx on audit.entry using gin (object_ids)`);
    await db.query(`
      create table audit.checkpoint (
        id bigserial primary key,
        tenant_id uuid,
        seq bigint not null,
        hash text not null ${hashCheck('hash')},
        signed_at timestamptz not null,
        key_id text not null,
        signature text not null
      )`);
    await db.query(`create index checkpoint_tenant_seq_idx on audit.checkpoint (tenant_id, seq)`);

    await db.query(`
      create function audit.reject_change() returns trigger language plpgsql as $$
      begin
        raise exception 'audit.% is append-only: % is not allowed', tg_table_name, tg_op using errcode = 'insufficient_privilege';
      end $$`);
    for (const table of ['entry', 'checkpoint']) {
      await db.query(`create trigger ${table}_no_update_delete before update or delete on audit.${table} for each row execute function audit.reject_change()`);
      await db.query(`create trigger ${table}_no_truncate before truncate on audit.${table} for each statement execute function audit.reject_change()`);
    }

    await ensureRole(db, auditWriterRole, `
      grant usage on schema audit to ${auditWriterRole};
      grant select, insert on audit.entry, audit.checkpoint to ${auditWriterRole};
      grant usage on sequence audit.entry_seq_seq, audit.checkpoint_id_seq to ${auditWriterRole};`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`drop table audit.checkpoint`);
    await db.query(`drop table audit.entry`);
    await db.query(`drop function audit.reject_change()`);
  }
}
