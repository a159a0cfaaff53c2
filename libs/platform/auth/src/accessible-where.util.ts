import { rulesToCondition } from '@casl/ability/extra';
import type { AppAbility } from './app-ability';
import type { MongoQuery, SqlColumnMap } from './mongo-query-to-sql.util';
import { mongoQueryToSql } from './mongo-query-to-sql.util';
import type { Action, Subject } from './role-rules';

/** A parameterised WHERE for `qb.andWhere(sql, params)`, or false when no row may be touched. */
export type AccessibleWhere = { sql: string; params: Record<string, unknown> } | false;

/**
 * The rows of a subject the ability allows an action on, as SQL, so lists are filtered in the
 * database and never after loading. False means "nothing": skip the query (or answer empty).
 * Field-restricted rules still grant the row; mask the fields with maskPersonalData().
 *
 * With `field`: the rows whose `field` the ability allows the action on (e.g. the users whose login
 * a role may read, to search only those logins); rules restricted to other fields do not count.
 */
export function accessibleWhere(ability: AppAbility, action: Action, subjectType: Subject, columns: SqlColumnMap, prefix?: string, field?: string): AccessibleWhere {
  // CASL 7's rulesToCondition (rulesToQuery's successor) combines the rules; we only express each one.
  const query = rulesToCondition<AppAbility, MongoQuery, MongoQuery>(
    ability.rulesFor(action, subjectType, field),
    (rule) => (rule.inverted ? { $nor: [rule.conditions ?? {}] } : (rule.conditions ?? {})),
    { and: (parts) => ({ $and: parts }), or: (parts) => ({ $or: parts }), empty: () => ({}) },
  );
  if (query === null) return false;
  const { where, parameters } = mongoQueryToSql(query, columns, prefix);
  return { sql: where, params: parameters };
}
