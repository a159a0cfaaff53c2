import { createPublicKey } from 'node:crypto';
import { open } from 'node:fs/promises';
import { auditKeyId, configuredAuditSigningKey, decodeAuditPublicKey, encodeAuditPublicKey, exportAuditLog, importAndVerify, trustedAuditKeys, verifyAuditLog } from '@sightline/platform-audit';
import { loadPlatformConfig } from '@sightline/platform-config';
import { CliError, exitCodes } from '../cli-error';
import { asOperator, tenantIdOf } from '../security/operator-session';
import type { PlatformSecurity } from '../security/platform-security';

export interface AuditScopeOptions {
  /** A tenant slug; all chains (every tenant and the platform chain) when absent. */
  tenant?: string;
}

/** One tenant's chain, or every chain (undefined) when no tenant is named. */
async function scopeOf(security: PlatformSecurity, options: AuditScopeOptions): Promise<string | undefined> {
  return options.tenant ? tenantIdOf(security, options.tenant) : undefined;
}

/**
 * Recomputes every hash link and checks every signed checkpoint; writes nothing. Exit 0 when
 * intact, 1 naming the first broken entry.
 */
export async function verifyAudit(options: AuditScopeOptions, out: NodeJS.WritableStream): Promise<number> {
  return asOperator(async (security) => {
    const tenantId = await scopeOf(security, options);
    const result = await verifyAuditLog(security.auditDb, { trustedKeys: security.trustedKeys(), tenantId });
    const scope = options.tenant ? `tenant ${options.tenant}` : 'all chains';
    if (result.ok) {
      out.write(`audit log intact (${scope}): ${count(result.entries, 'entry', 'entries')}, ${count(result.checkpoints, 'signed checkpoint')} verified with key ${security.signer.keyId}\n`);
      return 0;
    }
    out.write(`audit log BROKEN (${scope}) at entry ${result.firstBrokenSeq}: ${result.reason} (${result.entries} entries checked)\n`);
    return 1;
  });
}

/** Writes the log as JSON Lines (header, signed checkpoints, entries) for offline verification. */
export async function exportAudit(options: AuditScopeOptions & { output: string }, err: NodeJS.WritableStream): Promise<number> {
  return asOperator(async (security) => {
    const tenantId = await scopeOf(security, options);
    await security.audit.checkpoint();
    const handle = await open(options.output, 'wx', 0o600).catch((error: NodeJS.ErrnoException) => {
      const why = error.code === 'EEXIST' ? 'exists (an export is never overwritten)' : `cannot create (${error.code ?? error.message})`;
      throw new CliError(`${options.output}: ${why}`, exitCodes.input);
    });
    const file = handle.createWriteStream();
    const failed = new Promise<never>((_resolve, reject) => file.once('error', reject));
    failed.catch(() => undefined); // observed by the races below; no unhandled rejection after them
    const summary = await Promise.race([exportAuditLog(security.auditDb, file, { tenantId }), failed]);
    await Promise.race([new Promise<void>((resolve) => file.end(resolve)), failed]);
    err.write(`exported ${count(summary.entries, 'entry', 'entries')} and ${count(summary.checkpoints, 'checkpoint')} to ${options.output} (public key id ${security.signer.keyId})\n`);
    return 0;
  });
}

/** Prints the signing key's public half (base64 SPKI DER): what auditors verify exports with, and what SIGHTLINE_AUDIT_TRUSTED_KEYS takes after a rotation. */
export async function printAuditPublicKey(out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const key = createPublicKey(await configuredAuditSigningKey(loadPlatformConfig()));
  out.write(`${encodeAuditPublicKey(key)}\n`);
  err.write(`key id ${auditKeyId(key)}\n`);
  return 0;
}

/**
 * Verifies an export file with no database: every hash link, and every checkpoint against the
 * given public keys (default: this installation's signing key and its trusted earlier keys).
 */
export async function verifyAuditExport(file: string, publicKeys: string[], out: NodeJS.WritableStream): Promise<number> {
  let keys;
  if (publicKeys.length > 0) {
    keys = publicKeys.map((text) => {
      try {
        return decodeAuditPublicKey(text, '--public-key');
      } catch (error) {
        throw new CliError((error as Error).message, exitCodes.usage);
      }
    });
  } else {
    const config = loadPlatformConfig();
    keys = trustedAuditKeys(await configuredAuditSigningKey(config), config);
  }
  const result = await importAndVerify(file, keys).catch((error: NodeJS.ErrnoException) => {
    throw new CliError(`${file}: cannot read (${error.code ?? error.message})`, exitCodes.input);
  });
  if (result.ok) {
    out.write(`${file}: intact, ${count(result.entries, 'entry', 'entries')}, ${count(result.checkpoints, 'signed checkpoint')} verified\n`);
    return 0;
  }
  out.write(`${file}: BROKEN${result.firstBrokenSeq ? ` at entry ${result.firstBrokenSeq}` : ''}: ${result.reason}\n`);
  return 1;
}

/** "1 entry", "2 entries". */
function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
