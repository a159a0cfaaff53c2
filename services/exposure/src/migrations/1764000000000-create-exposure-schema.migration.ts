import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateExposureSchema1764000000000 implements MigrationInterface {
  name = 'CreateExposureSchema1764000000000';

  async up(db: QueryRunner): Promise<void> {
    // tenant_id names an inventory.tenant row; no foreign key, since schemas belong to separate services.
    await db.query(`
      create table exposure.classification_override (
        id uuid primary key default gen_random_uuid(),
        tenant_id uuid not null,
        model text not null,
        field text not null,
        personal boolean not null,
        categories text[] not null default '{}',
        subjects text[] not null default '{}',
        reason text,
        created_at timestamptz not null default now(),
        unique (tenant_id, model, field),
        check (personal = (cardinality(categories) > 0 and cardinality(subjects) > 0)),
        check (personal or (cardinality(categories) = 0 and cardinality(subjects) = 0))
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`drop table exposure.classification_override`);
  }
}
