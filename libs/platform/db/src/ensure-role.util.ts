import type { DataSource, EntityManager, QueryRunner } from 'typeorm';

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

/**
 * PL/pgSQL for ensureRole's `grants`: makes the migrating (service) login role a member of `role`,
 * so it may assume it; without the right to grant it, a notice instead of a failure.
 */
export function grantToCurrentUser(role: string): string {
  return `
    if not pg_has_role(current_user, '${role}', 'member') then
      begin
        execute format('grant ${role} to %I', current_user);
      exception when insufficient_privilege then
        raise notice 'cannot grant ${role} to %: a database administrator should', current_user;
      end;
    end if;`;
}

/** Whether the connection's login role may assume `role` (false when the role is missing or not granted). */
export async function canAssumeRole(db: Pick<DataSource | EntityManager, 'query'>, role: string): Promise<boolean> {
  const rows: Array<{ member: boolean }> = await db.query(
    `select coalesce((select pg_has_role(session_user, oid, 'member') from pg_roles where rolname = $1), false) as member`,
    [role],
  );
  return rows[0]?.member === true;
}
