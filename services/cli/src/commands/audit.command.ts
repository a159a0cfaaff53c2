import { createWriteStream } from 'node:fs';
import { exportAuditLog, verifyAuditLog } from '@sightline/platform-audit';
import { asOperator, tenantIdOf } from '../security/operator-session';

export interface AuditScopeOptions {
  /** A tenant slug; all chains (every tenant and the platform chain) when absent. */
  tenant?: string;
}

/**
 * Signs the current chain heads, then recomputes every hash link and checks every signed
 * checkpoint. Exit 0 when intact, 1 naming the first broken entry.
 */
export async function verifyAudit(options: AuditScopeOptions, out: NodeJS.WritableStream): Promise<number> {
  return asOperator(async (security) => {
    const tenantId = options.tenant ? await tenantIdOf(security, options.tenant) : undefined;
    await security.audit.checkpoint();
    const result = await verifyAuditLog(security.auditDb, { trustedKeys: security.trustedKeys(), tenantId });
    const scope = options.tenant ? `tenant ${options.tenant}` : 'all chains';
    if (result.ok) {
      out.write(`audit log intact (${scope}): ${result.entries} entries, ${result.checkpoints} signed checkpoints verified with key ${security.signer.keyId}\n`);
      return 0;
    }
    out.write(`audit log BROKEN (${scope}) at entry ${result.firstBrokenSeq}: ${result.reason} (${result.entries} entries checked)\n`);
    return 1;
  });
}

/** Writes the log as JSON Lines (header, signed checkpoints, entries) for offline verification. */
export async function exportAudit(options: AuditScopeOptions & { output: string }, err: NodeJS.WritableStream): Promise<number> {
  return asOperator(async (security) => {
    const tenantId = options.tenant ? await tenantIdOf(security, options.tenant) : undefined;
    await security.audit.checkpoint();
    const file = createWriteStream(options.output, { flags: 'wx', mode: 0o600 });
    const summary = await exportAuditLog(security.auditDb, file, { tenantId });
    await new Promise<void>((resolve, reject) => file.end((error?: Error | null) => (error ? reject(error) : resolve())));
    err.write(`exported ${summary.entries} entries and ${summary.checkpoints} checkpoints to ${options.output} (public key id ${security.signer.keyId})\n`);
    return 0;
  });
}
