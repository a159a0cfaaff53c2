import type { MigrationInterface, QueryRunner } from 'typeorm';
import { roles } from '../role';

const roleCheck = (column: string) => `check (${column} in (${roles.map((role) => `'${role}'`).join(', ')}))`;

export class CreateAuthSchema1764000100000 implements MigrationInterface {
  name = 'CreateAuthSchema1764000100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      create table auth.api_token (
        id uuid primary key default gen_random_uuid(),
        tenant_id uuid not null,
        role text not null ${roleCheck('role')},
        name text not null check (length(name) between 1 and 200),
        prefix text not null unique,
        hash text not null,
        created_by text,
        created_at timestamptz not null default now(),
        expires_at timestamptz,
        revoked_at timestamptz,
        last_used_at timestamptz
      )`);
    await db.query(`create index api_token_tenant_idx on auth.api_token (tenant_id, created_at desc)`);
    await db.query(`
      create table auth.local_user (
        id uuid primary key default gen_random_uuid(),
        login text not null unique check (login ~ '^[a-z0-9][a-z0-9._@-]{0,99}$'),
        name text not null,
        password_hash text not null,
        created_at timestamptz not null default now(),
        disabled_at timestamptz
      )`);
    await db.query(`
      create table auth.role_assignment (
        principal_kind text not null check (principal_kind in ('user', 'oidc')),
        principal_id text not null,
        tenant_id uuid not null,
        role text not null ${roleCheck('role')},
        granted_by text,
        granted_at timestamptz not null default now(),
        primary key (principal_kind, principal_id, tenant_id, role)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`drop table auth.role_assignment`);
    await db.query(`drop table auth.local_user`);
    await db.query(`drop table auth.api_token`);
  }
}
