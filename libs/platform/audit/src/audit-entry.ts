export type AuditActorKind = 'user' | 'token' | 'oidc' | 'system';
export type AuditOutcome = 'success' | 'denied' | 'failure';

export interface AuditActor {
  kind: AuditActorKind;
  id: string;
  name?: string;
}

export interface AuditOrigin {
  ip?: string;
  userAgent?: string;
  requestId?: string;
}

/** What a caller records: who did what to which objects, from where, with which outcome. */
export interface AuditEntryInput {
  /** The tenant whose chain the entry joins; null for platform-wide events (bootstrap, logins). */
  tenantId: string | null;
  actor: AuditActor;
  /** Dotted verb, e.g. `personal-data.read`, `review.decide`, `credential.use`, `role.grant`. */
  action: string;
  objectType?: string | null;
  objectIds?: string[];
  origin?: AuditOrigin;
  outcome: AuditOutcome;
  details?: Record<string, unknown>;
}

/** A stored entry; `seq` is a decimal string (bigint). */
export interface AuditEntry {
  seq: string;
  tenantId: string | null;
  at: string;
  actor: AuditActor;
  action: string;
  objectType: string | null;
  objectIds: string[];
  origin: AuditOrigin;
  outcome: AuditOutcome;
  details: Record<string, unknown>;
  prevHash: string;
  hash: string;
}

/** A signed statement that `hash` was the head of a tenant's chain at entry `seq`. */
export interface AuditCheckpoint {
  tenantId: string | null;
  seq: string;
  hash: string;
  signedAt: string;
  keyId: string;
  signature: string;
}

export const auditOutcomes: readonly AuditOutcome[] = ['success', 'denied', 'failure'];
export const auditActorKinds: readonly AuditActorKind[] = ['user', 'token', 'oidc', 'system'];
/** prev_hash of the first entry of every chain. */
export const genesisHash = '0'.repeat(64);
