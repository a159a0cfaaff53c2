import type { EntityManager } from 'typeorm';
import type { OffsetPage } from '@sightline/platform-graphql';

export interface TableFilter {
  /** SQL conditions over the table's columns, AND-ed; parameters are numbered from $3 on. */
  conditions: string[];
  params: unknown[];
}

export const noFilter: TableFilter = { conditions: [], params: [] };

/**
 * Reads one page of a snapshot table (always scoped to tenant and snapshot) plus the total count,
 * ordered by the table's natural key so pages are stable.
 */
export async function queryTablePage<Row>(
  db: Pick<EntityManager, 'query'>,
  table: string,
  scope: { tenantId: string; snapshotId: string },
  filter: TableFilter,
  orderBy: string,
  page: OffsetPage,
): Promise<[Row[], number]> {
  const where = ['tenant_id = $1', 'snapshot_id = $2', ...filter.conditions].join(' and ');
  const params = [scope.tenantId, scope.snapshotId, ...filter.params];
  const limitAt = params.length + 1;
  const [rows, [{ total }]] = await Promise.all([
    db.query(
      `select * from inventory.${table} where ${where} order by ${orderBy} limit $${limitAt} offset $${limitAt + 1}`,
      [...params, page.limit, page.offset],
    ),
    db.query(`select count(*)::int as total from inventory.${table} where ${where}`, params),
  ]);
  return [rows as Row[], total as number];
}

/** Adds `column = $n` when the value is given. */
export function whereEquals(filter: TableFilter, column: string, value: unknown): TableFilter {
  if (value === undefined || value === null) return filter;
  const n = filter.params.length + 3;
  return { conditions: [...filter.conditions, `${column} = $${n}`], params: [...filter.params, value] };
}

/** Adds a case-insensitive substring match on any of the columns. */
export function whereSearch(filter: TableFilter, columns: string[], text: string | undefined | null): TableFilter {
  if (!text) return filter;
  const n = filter.params.length + 3;
  const match = columns.map((c) => `${c} ilike $${n}`).join(' or ');
  return { conditions: [...filter.conditions, `(${match})`], params: [...filter.params, `%${escapeLike(text)}%`] };
}

/**
 * Like whereSearch, but each of `guarded` columns matches only on rows where its ability condition
 * (accessibleWhere's `:name` SQL) holds: `key ilike $n or (login ilike $n and <login readable>)`.
 */
export function whereSearchGuarded(
  filter: TableFilter,
  columns: string[],
  guarded: ReadonlyArray<{ column: string; readable: { sql: string; params: Record<string, unknown> } }>,
  text: string | undefined | null,
): TableFilter {
  if (!text) return filter;
  const n = filter.params.length + 3;
  let params: unknown[] = [...filter.params, `%${escapeLike(text)}%`];
  const parts = columns.map((c) => `${c} ilike $${n}`);
  for (const { column, readable } of guarded) {
    const numbered = whereAllowed({ conditions: [], params }, readable);
    params = numbered.params;
    parts.push(`(${column} ilike $${n} and (${numbered.conditions[0]}))`);
  }
  return { conditions: [...filter.conditions, `(${parts.join(' or ')})`], params };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Adds an ability condition (accessibleWhere's `:name` parameters) to a filter whose parameters
 * are numbered: the SQL is the adapter's, never text from a request.
 */
export function whereAllowed(filter: TableFilter, allowed: { sql: string; params: Record<string, unknown> }): TableFilter {
  const params = [...filter.params];
  const numbered = new Map<string, string>();
  // `(?<!:)`: a cast such as `'{}'::text[]` is not a parameter.
  const sql = allowed.sql.replace(/(?<![:\w]):([A-Za-z_][A-Za-z0-9_]*)/g, (_match, name: string) => {
    if (!Object.hasOwn(allowed.params, name)) throw new Error(`ability condition: no value for :${name}`);
    if (!numbered.has(name)) numbered.set(name, `$${params.push(allowed.params[name]) + 2}`);
    return numbered.get(name)!;
  });
  return { conditions: [...filter.conditions, sql], params };
}
