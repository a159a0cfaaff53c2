import type { DataSource } from 'typeorm';
import type { AuditActorKind, AuditEntry, AuditOutcome } from './audit-entry';
import { auditEntryColumns, toAuditEntry } from './audit-row.mapper';
import type { AuditEntryRow } from './audit-row.mapper';

export interface AuditQuery {
  /** Required: a query never crosses tenants. null reads the platform chain. */
  tenantId: string | null;
  actorId?: string;
  actorKind?: AuditActorKind;
  action?: string | string[];
  outcome?: AuditOutcome;
  objectType?: string;
  objectId?: string;
  /** Inclusive lower and exclusive upper bound on `at`. */
  from?: Date;
  to?: Date;
  /** Page size, 1..500 (default 50). */
  first?: number;
  /** The endCursor of the previous page. */
  after?: string;
  order?: 'asc' | 'desc';
}

export interface AuditPage {
  entries: AuditEntry[];
  endCursor: string | null;
  hasNextPage: boolean;
}

/** Filters in SQL and pages by seq (keyset), so deep pages cost what the first one does. */
export async function queryAuditLog(db: DataSource, query: AuditQuery): Promise<AuditPage> {
  const first = query.first ?? 50;
  if (!Number.isInteger(first) || first < 1 || first > 500) throw new RangeError('audit query: first must be an integer from 1 to 500');
  if (query.after !== undefined && !/^\d{1,19}$/.test(query.after)) throw new RangeError('audit query: after is not a cursor of this log');
  const { where, params, bind } = filterOf(query);
  const descending = query.order !== 'asc';
  if (query.after !== undefined) where.push(`seq ${descending ? '<' : '>'} ${bind(query.after)}`);
  const rows: AuditEntryRow[] = await db.query(
    `select ${auditEntryColumns} from audit.entry where ${where.join(' and ')}
     order by seq ${descending ? 'desc' : 'asc'} limit ${first + 1}`,
    params,
  );
  const entries = rows.slice(0, first).map(toAuditEntry);
  return { entries, endCursor: entries.at(-1)?.seq ?? null, hasNextPage: rows.length > first };
}

/** How many entries match the query's filter, over all pages (first, after and order do not count). */
export async function countAuditLog(db: DataSource, query: AuditQuery): Promise<number> {
  const { where, params } = filterOf(query);
  const [row] = await db.query(`select count(*)::int as count from audit.entry where ${where.join(' and ')}`, params);
  return row.count;
}

function filterOf(query: AuditQuery) {
  const params: unknown[] = [];
  const where: string[] = [];
  const bind = (value: unknown) => `$${params.push(value)}`;
  where.push(query.tenantId === null ? 'tenant_id is null' : `tenant_id = ${bind(query.tenantId)}`);
  if (query.actorId !== undefined) where.push(`actor ->> 'id' = ${bind(query.actorId)}`);
  if (query.actorKind !== undefined) where.push(`actor ->> 'kind' = ${bind(query.actorKind)}`);
  if (typeof query.action === 'string') where.push(`action = ${bind(query.action)}`);
  if (Array.isArray(query.action)) where.push(`action = any(${bind(query.action)}::text[])`);
  if (query.outcome !== undefined) where.push(`outcome = ${bind(query.outcome)}`);
  if (query.objectType !== undefined) where.push(`object_type = ${bind(query.objectType)}`);
  if (query.objectId !== undefined) where.push(`object_ids @> array[${bind(query.objectId)}]::text[]`);
  if (query.from !== undefined) where.push(`at >= ${bind(query.from)}`);
  if (query.to !== undefined) where.push(`at < ${bind(query.to)}`);
  return { where, params, bind };
}
