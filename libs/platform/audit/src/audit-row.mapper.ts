import type { AuditCheckpoint, AuditEntry } from './audit-entry';

export interface AuditEntryRow {
  seq: string;
  tenant_id: string | null;
  at: Date;
  actor: AuditEntry['actor'];
  action: string;
  object_type: string | null;
  object_ids: string[];
  origin: AuditEntry['origin'];
  outcome: AuditEntry['outcome'];
  details: AuditEntry['details'];
  prev_hash: string;
  hash: string;
}

export interface AuditCheckpointRow {
  tenant_id: string | null;
  seq: string;
  hash: string;
  signed_at: Date;
  key_id: string;
  signature: string;
}

export const auditEntryColumns = 'seq, tenant_id, at, actor, action, object_type, object_ids, origin, outcome, details, prev_hash, hash';
export const auditCheckpointColumns = 'tenant_id, seq, hash, signed_at, key_id, signature';

export function toAuditEntry(row: AuditEntryRow): AuditEntry {
  return {
    seq: String(row.seq),
    tenantId: row.tenant_id,
    at: new Date(row.at).toISOString(),
    actor: row.actor,
    action: row.action,
    objectType: row.object_type,
    objectIds: row.object_ids,
    origin: row.origin,
    outcome: row.outcome,
    details: row.details,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

export function toAuditCheckpoint(row: AuditCheckpointRow): AuditCheckpoint {
  return {
    tenantId: row.tenant_id,
    seq: String(row.seq),
    hash: row.hash,
    signedAt: new Date(row.signed_at).toISOString(),
    keyId: row.key_id,
    signature: row.signature,
  };
}
