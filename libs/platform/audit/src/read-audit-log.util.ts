import type { DataSource, QueryRunner } from 'typeorm';
import type { AuditCheckpoint, AuditEntry } from './audit-entry';
import { auditCheckpointColumns, auditEntryColumns, toAuditCheckpoint, toAuditEntry } from './audit-row.mapper';
import type { AuditCheckpointRow, AuditEntryRow } from './audit-row.mapper';

export interface AuditLogReader {
  checkpoints: AuditCheckpoint[];
  /** Every entry in ascending seq, fetched in batches. */
  entries(): AsyncGenerator<AuditEntry>;
}

/**
 * Reads the log (one tenant's chain, or all of them) inside one read-only REPEATABLE READ
 * transaction, so concurrent appends cannot show a chain with a hole in it.
 */
export async function readAuditLog<T>(
  db: DataSource,
  scope: { tenantId?: string | null },
  work: (reader: AuditLogReader) => Promise<T>,
  batchSize = 1000,
): Promise<T> {
  const runner = db.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction('REPEATABLE READ');
    await runner.query('set transaction read only');
    const [filter, params] = tenantFilter(scope.tenantId);
    const checkpointRows: AuditCheckpointRow[] = await runner.query(
      `select ${auditCheckpointColumns} from audit.checkpoint where ${filter} order by seq, id`,
      params,
    );
    const result = await work({ checkpoints: checkpointRows.map(toAuditCheckpoint), entries: () => batches(runner, filter, params, batchSize) });
    await runner.commitTransaction();
    return result;
  } finally {
    if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
    await runner.release();
  }
}

async function* batches(runner: QueryRunner, filter: string, params: unknown[], batchSize: number): AsyncGenerator<AuditEntry> {
  let after = '-1';
  for (;;) {
    const rows: AuditEntryRow[] = await runner.query(
      `select ${auditEntryColumns} from audit.entry where ${filter} and seq > $${params.length + 1} order by seq limit ${batchSize}`,
      [...params, after],
    );
    for (const row of rows) yield toAuditEntry(row);
    if (rows.length < batchSize) return;
    after = String(rows[rows.length - 1].seq);
  }
}

function tenantFilter(tenantId: string | null | undefined): [string, unknown[]] {
  if (tenantId === undefined) return ['true', []];
  if (tenantId === null) return ['tenant_id is null', []];
  return ['tenant_id = $1', [tenantId]];
}
