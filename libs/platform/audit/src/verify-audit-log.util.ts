import type { KeyObject } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { AuditChainVerifier } from './audit-chain-verifier';
import type { AuditVerification } from './audit-chain-verifier';
import { readAuditLog } from './read-audit-log.util';

export interface VerifyAuditLogOptions {
  /** Public keys whose checkpoint signatures are trusted (the current key and retired ones). */
  trustedKeys: KeyObject[];
  /** One tenant's chain (null: the platform chain); all chains when absent. */
  tenantId?: string | null;
}

/** Recomputes every hash link and checks every signed checkpoint; reports the first broken seq. */
export function verifyAuditLog(db: DataSource, options: VerifyAuditLogOptions): Promise<AuditVerification> {
  return readAuditLog(db, { tenantId: options.tenantId }, async (reader) => {
    const verifier = new AuditChainVerifier(reader.checkpoints, options.trustedKeys);
    for await (const entry of reader.entries()) verifier.add(entry);
    return verifier.finish();
  });
}
