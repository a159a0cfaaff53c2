import type { DataSource, QueryRunner } from 'typeorm';

/** A classified field the query is asked about. */
export interface QueriedField {
  readonly model: string;
  readonly field: string;
}

export interface ReadGrantRow {
  readonly user_key: string;
  readonly model: string;
  readonly field: string;
}

/**
 * Every (user, classified field) read grant of a stored snapshot, in one statement: the implied
 * closure of every group a user is a member of (recursive CTE), the users' effective groups, the
 * models they read through an active ACL row (of one of their groups, or group-less), then the
 * field's `groups=`: no `!group` held, and one listed group held when any is listed. Active users
 * only; the superuser (`base.user_root`, id 1, `__system__`, active or not) reads every field.
 * Record rules only narrow a grant's scope here: none of the corpus's rules denies a whole model
 * (the bench checks the grants equal the engine's), so they are not joined.
 * $1 snapshot id, $2/$3 the classified fields' models and names.
 */
export const READ_GRANTS_SQL = `
with recursive
  classified (model, field) as (
    select * from unnest($2::text[], $3::text[])
  ),
  account (key, superuser) as (
    select key, (xmlid is not distinct from 'base.user_root' or odoo_id is not distinct from 1 or login is not distinct from '__system__')
    from inventory.snapshot_user
    where snapshot_id = $1
      and (active or xmlid is not distinct from 'base.user_root' or odoo_id is not distinct from 1 or login is not distinct from '__system__')
  ),
  closure (group_xmlid, implied_xmlid) as (
    select distinct group_xmlid, group_xmlid from inventory.snapshot_membership where snapshot_id = $1
    union
    select c.group_xmlid, i.implied_xmlid
    from closure c
    join inventory.snapshot_implication i on i.snapshot_id = $1 and i.group_xmlid = c.implied_xmlid
  ),
  held (user_key, group_xmlid) as (
    select distinct m.user_key, c.implied_xmlid
    from inventory.snapshot_membership m
    join account a on a.key = m.user_key and not a.superuser
    join closure c on c.group_xmlid = m.group_xmlid
    where m.snapshot_id = $1
  ),
  readable (user_key, model) as (
    select h.user_key, acl.model
    from inventory.snapshot_acl acl
    join held h on h.group_xmlid = acl.group_xmlid
    where acl.snapshot_id = $1 and acl.active and acl.perm_read and acl.model in (select model from classified)
    union
    select a.key, acl.model
    from inventory.snapshot_acl acl
    cross join account a
    where acl.snapshot_id = $1 and acl.active and acl.perm_read and acl.group_xmlid is null and not a.superuser
      and acl.model in (select model from classified)
  ),
  field_group (model, field, group_xmlid, negated) as (
    select f.model, f.name, g.xmlid, g.negated
    from inventory.snapshot_field f
    join classified c on c.model = f.model and c.field = f.name
    cross join lateral jsonb_to_recordset(f.groups) as g (xmlid text, negated boolean)
    where f.snapshot_id = $1
  ),
  restricted (model, field) as (
    select distinct model, field from field_group where not negated
  ),
  admitted (user_key, model, field) as (
    select distinct h.user_key, fg.model, fg.field from field_group fg join held h on h.group_xmlid = fg.group_xmlid where not fg.negated
  ),
  excluded (user_key, model, field) as (
    select distinct h.user_key, fg.model, fg.field from field_group fg join held h on h.group_xmlid = fg.group_xmlid where fg.negated
  )
select r.user_key, c.model, c.field
from readable r
join classified c on c.model = r.model
left join restricted rs on rs.model = c.model and rs.field = c.field
left join admitted ad on ad.user_key = r.user_key and ad.model = c.model and ad.field = c.field
left join excluded ex on ex.user_key = r.user_key and ex.model = c.model and ex.field = c.field
where ex.user_key is null and (rs.model is null or ad.user_key is not null)
union all
select a.key, c.model, c.field
from account a
cross join classified c
where a.superuser
`;

/**
 * A connection of its own for the query, set up as for an analytical query: the planner's estimates
 * for recursive CTEs are far too high, so by default PostgreSQL JIT-compiles the plan (about half of
 * a run) and sorts spill to disk at the default work_mem.
 */
export async function openReadGrantsSession(dataSource: DataSource): Promise<QueryRunner> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  await runner.query('set jit = off');
  await runner.query(`set work_mem = '64MB'`);
  return runner;
}

export function queryReadGrants(session: QueryRunner, snapshotId: string, fields: readonly QueriedField[]): Promise<ReadGrantRow[]> {
  return session.query(READ_GRANTS_SQL, [snapshotId, fields.map((f) => f.model), fields.map((f) => f.field)]);
}
