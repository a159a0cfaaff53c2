import type { KeyObject } from 'node:crypto';
import type { AuditCheckpoint, AuditEntry } from './audit-entry';
import { genesisHash } from './audit-entry';
import { auditKeyId } from './audit-signer';
import { computeEntryHash } from './compute-entry-hash.util';
import { isCheckpointSignatureValid } from './is-checkpoint-signature-valid.util';

export interface AuditVerification {
  ok: boolean;
  /** Entries checked. */
  entries: number;
  checkpoints: number;
  /** The lowest seq at which the log stops being trustworthy. */
  firstBrokenSeq?: string;
  reason?: string;
}

interface Break {
  seq: bigint;
  reason: string;
}

/**
 * Checks every tenant's chain as entries arrive in ascending seq, then the signed checkpoints:
 * each must carry a valid signature of a trusted key and name an entry present with that hash.
 * Keeps only the chain heads and the checkpointed hashes in memory.
 */
export class AuditChainVerifier {
  private readonly keys = new Map<string, KeyObject>();
  private readonly heads = new Map<string, string>();
  private readonly checkpointed = new Map<string, AuditCheckpoint[]>();
  private readonly seen = new Map<string, string>();
  private lastSeq = -1n;
  private entries = 0;
  private broken?: Break;

  constructor(
    private readonly checkpoints: AuditCheckpoint[],
    trustedKeys: KeyObject[],
  ) {
    for (const key of trustedKeys) this.keys.set(auditKeyId(key), key);
    for (const checkpoint of checkpoints) {
      const key = positionKey(checkpoint.tenantId, checkpoint.seq);
      this.checkpointed.set(key, [...(this.checkpointed.get(key) ?? []), checkpoint]);
    }
  }

  add(entry: AuditEntry): void {
    if (this.broken) return;
    this.entries += 1;
    const seq = BigInt(entry.seq);
    if (seq <= this.lastSeq) return this.fail(seq, `entry ${entry.seq} is out of order (after ${this.lastSeq})`);
    this.lastSeq = seq;
    const chain = chainKey(entry.tenantId);
    const expectedPrev = this.heads.get(chain) ?? genesisHash;
    if (entry.prevHash !== expectedPrev) {
      return this.fail(seq, `entry ${entry.seq}: prev_hash does not match the previous entry of its chain (an entry before it was deleted, inserted or moved)`);
    }
    const { hash, ...content } = entry;
    if (computeEntryHash(content) !== hash) return this.fail(seq, `entry ${entry.seq}: hash does not match its content (the entry was altered)`);
    this.heads.set(chain, hash);
    if (this.checkpointed.has(positionKey(entry.tenantId, entry.seq))) this.seen.set(positionKey(entry.tenantId, entry.seq), hash);
  }

  finish(): AuditVerification {
    const failures: Break[] = this.broken ? [this.broken] : [];
    for (const checkpoint of this.checkpoints) {
      const seq = BigInt(checkpoint.seq);
      // Past an earlier break the entries were not read: nothing to compare with.
      if (this.broken && seq >= this.broken.seq) continue;
      const reason = this.checkpointProblem(checkpoint);
      if (reason) failures.push({ seq, reason });
    }
    const first = failures.sort((a, b) => (a.seq < b.seq ? -1 : a.seq > b.seq ? 1 : 0))[0];
    const result: AuditVerification = { ok: !first, entries: this.entries, checkpoints: this.checkpoints.length };
    return first ? { ...result, firstBrokenSeq: first.seq.toString(), reason: first.reason } : result;
  }

  private checkpointProblem(checkpoint: AuditCheckpoint): string | undefined {
    const label = `checkpoint at entry ${checkpoint.seq} (${checkpoint.tenantId ?? 'platform'})`;
    const key = this.keys.get(checkpoint.keyId);
    if (!key) return `${label} is signed by unknown key ${checkpoint.keyId}`;
    if (!isCheckpointSignatureValid(checkpoint, key)) return `${label} has an invalid signature (forged or altered)`;
    const hash = this.seen.get(positionKey(checkpoint.tenantId, checkpoint.seq));
    if (hash === undefined) return `${label}: the entry is missing (the log was truncated or the entry deleted)`;
    if (hash !== checkpoint.hash) return `${label}: the entry's hash differs from the signed one (the chain was rewritten)`;
    return undefined;
  }

  private fail(seq: bigint, reason: string): void {
    this.broken = { seq, reason };
  }
}

function chainKey(tenantId: string | null): string {
  return tenantId ?? 'platform';
}

function positionKey(tenantId: string | null, seq: string): string {
  return `${chainKey(tenantId)}#${seq}`;
}
