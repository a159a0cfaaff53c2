import type { DataSource, EntityManager } from 'typeorm';
import { canAssumeRole } from '@sightline/platform-db';
import type { AuditCheckpoint, AuditEntry, AuditEntryInput } from './audit-entry';
import { genesisHash } from './audit-entry';
import type { AuditSigner } from './audit-signer';
import { toAuditCheckpoint } from './audit-row.mapper';
import type { AuditCheckpointRow } from './audit-row.mapper';
import { computeEntryHash } from './compute-entry-hash.util';
import { normaliseAuditInput } from './normalise-audit-input.util';
import { auditWriterRole } from './audit-writer-role';

/**
 * Appends to the hash-chained audit log and signs chain heads. Each tenant has its own chain;
 * appends to one chain are serialised by a transaction-scoped advisory lock held until commit, so
 * the chain cannot fork and commit order equals seq order within a chain.
 */
export class AuditLog {
  private writerRole?: Promise<boolean>;

  constructor(
    private readonly db: DataSource,
    private readonly signer?: AuditSigner,
  ) {}

  /**
   * Appends one entry. Pass the caller's transactional EntityManager to make the entry part of the
   * business change it records (a decision and its entry commit or roll back together).
   */
  async append(input: AuditEntryInput, manager?: EntityManager): Promise<AuditEntry> {
    const entry = normaliseAuditInput(input);
    if (!manager) return this.db.transaction((own) => this.appendIn(own, entry));
    if (!manager.queryRunner?.isTransactionActive) throw new Error('AuditLog.append: the EntityManager must be inside a transaction');
    return this.appendIn(manager, entry);
  }

  /** Signs the head of every chain that grew since its last checkpoint; run it periodically. */
  async checkpoint(now: Date = new Date()): Promise<AuditCheckpoint[]> {
    if (!this.signer) throw new Error('AuditLog.checkpoint: no signing key configured');
    const signer = this.signer;
    // Any committed snapshot holds a prefix of each chain (see above), so no lock is needed here.
    const heads: Array<{ tenant_id: string | null; seq: string; hash: string }> = await this.db.query(`
      select h.tenant_id, h.seq, h.hash
      from (select distinct on (tenant_id) tenant_id, seq, hash from audit.entry order by tenant_id, seq desc) h
      where not exists (select 1 from audit.checkpoint c where c.tenant_id is not distinct from h.tenant_id and c.seq >= h.seq)`);
    const signed: AuditCheckpoint[] = [];
    for (const head of heads) {
      const checkpoint = signer.sign({ tenantId: head.tenant_id, seq: String(head.seq), hash: head.hash }, now);
      const rows: AuditCheckpointRow[] = await this.db.query(
        `insert into audit.checkpoint (tenant_id, seq, hash, signed_at, key_id, signature) values ($1, $2, $3, $4, $5, $6)
         returning tenant_id, seq, hash, signed_at, key_id, signature`,
        [checkpoint.tenantId, checkpoint.seq, checkpoint.hash, checkpoint.signedAt, checkpoint.keyId, checkpoint.signature],
      );
      signed.push(toAuditCheckpoint(rows[0]));
    }
    return signed;
  }

  /**
   * Appends as the audit writer role (insert and read only) when the login role may assume it, and
   * gives the caller's transaction its own role back afterwards.
   */
  private async appendIn(manager: EntityManager, entry: ReturnType<typeof normaliseAuditInput>): Promise<AuditEntry> {
    this.writerRole ??= canAssumeRole(this.db, auditWriterRole);
    if (!(await this.writerRole)) return this.insertIn(manager, entry);
    const [{ role }]: Array<{ role: string }> = await manager.query(`select current_setting('role') as role`);
    await manager.query(`select set_config('role', $1, true)`, [auditWriterRole]);
    try {
      return await this.insertIn(manager, entry);
    } finally {
      // In an aborted transaction this fails too; the rollback restores the role anyway.
      await manager.query(`select set_config('role', $1, true)`, [role]).catch(() => undefined);
    }
  }

  private async insertIn(manager: EntityManager, entry: ReturnType<typeof normaliseAuditInput>): Promise<AuditEntry> {
    await manager.query(`select pg_advisory_xact_lock(hashtextextended($1, 0))`, [`sightline:audit:${entry.tenantId ?? 'platform'}`]);
    const head: Array<{ hash: string }> = await manager.query(
      entry.tenantId === null
        ? `select hash from audit.entry where tenant_id is null order by seq desc limit 1`
        : `select hash from audit.entry where tenant_id = $1 order by seq desc limit 1`,
      entry.tenantId === null ? [] : [entry.tenantId],
    );
    const [{ seq }]: Array<{ seq: string }> = await manager.query(`select nextval('audit.entry_seq_seq')::text as seq`);
    const content = { ...entry, seq, at: new Date().toISOString(), prevHash: head[0]?.hash ?? genesisHash };
    const stored: AuditEntry = { ...content, hash: computeEntryHash(content) };
    await manager.query(
      `insert into audit.entry (seq, tenant_id, at, actor, action, object_type, object_ids, origin, outcome, details, prev_hash, hash)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [
        stored.seq, stored.tenantId, stored.at, JSON.stringify(stored.actor), stored.action, stored.objectType, stored.objectIds,
        JSON.stringify(stored.origin), stored.outcome, JSON.stringify(stored.details), stored.prevHash, stored.hash,
      ],
    );
    return stored;
  }
}
