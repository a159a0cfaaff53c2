import type { QueryRunner } from 'typeorm';

/**
 * Migration step: creates a NOLOGIN role when missing, then runs `grants` (PL/pgSQL statements).
 * Roles are cluster-wide: a concurrent creator is tolerated, and a migrating user without
 * CREATEROLE gets a notice instead of a failure (the database administrator creates the role and
 * the migration's grants apply when it exists).
 */
export async function ensureRole(db: Pick<QueryRunner, 'query'>, role: string, grants: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(role)) throw new Error(`ensureRole: ${JSON.stringify(role)} is not a plain role name`);
  await db.query(`
    do $$
    begin
      if not exists (select from pg_roles where rolname = '${role}') then
        begin
          create role ${role} nologin;
        exception when duplicate_object or unique_violation then null;
                  when insufficient_privilege then raise notice 'cannot create role ${role}: create it and re-run the migration';
        end;
      end if;
      if exists (select from pg_roles where rolname = '${role}') then
        ${grants}
      end if;
    end $$`);
}
