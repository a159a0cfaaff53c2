import { createHash, createPublicKey, sign } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import type { AuditCheckpoint } from './audit-entry';
import { checkpointPayload } from './checkpoint-payload.util';

/** Signs chain heads with an Ed25519 key; its key id is derived from the public key. */
export class AuditSigner {
  readonly publicKey: KeyObject;
  readonly keyId: string;

  constructor(private readonly privateKey: KeyObject) {
    if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error('audit signing key: expected an Ed25519 private key');
    this.publicKey = createPublicKey(privateKey);
    this.keyId = auditKeyId(this.publicKey);
  }

  sign(head: Pick<AuditCheckpoint, 'tenantId' | 'seq' | 'hash'>, signedAt: Date = new Date()): AuditCheckpoint {
    const unsigned = { ...head, signedAt: signedAt.toISOString(), keyId: this.keyId };
    const signature = sign(null, checkpointPayload(unsigned), this.privateKey).toString('base64');
    return { ...unsigned, signature };
  }
}

/** First 16 hex digits of the SHA-256 of the public key's SPKI DER form. */
export function auditKeyId(publicKey: KeyObject): string {
  return createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('hex').slice(0, 16);
}
