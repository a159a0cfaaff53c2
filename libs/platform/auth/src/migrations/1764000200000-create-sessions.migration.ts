import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateSessions1764000200000 implements MigrationInterface {
  name = 'CreateSessions1764000200000';

  async up(db: QueryRunner): Promise<void> {
    // Only the SHA-256 of the session id is stored: a copy of the table opens no session.
    await db.query(`
      create table auth.session (
        id_hash text primary key check (id_hash ~ '^[0-9a-f]{64}$'),
        user_id uuid not null references auth.local_user (id) on delete cascade,
        created_at timestamptz not null default now(),
        expires_at timestamptz not null,
        last_seen_at timestamptz not null default now(),
        ip text,
        user_agent text
      )`);
    await db.query(`create index session_user_idx on auth.session (user_id)`);
    await db.query(`create index session_expires_idx on auth.session (expires_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`drop table auth.session`);
  }
}
