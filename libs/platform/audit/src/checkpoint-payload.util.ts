import type { AuditCheckpoint } from './audit-entry';
import { canonicalJson } from './canonical-json.util';

/** The exact bytes a checkpoint signature covers. */
export function checkpointPayload(checkpoint: Omit<AuditCheckpoint, 'signature'>): Buffer {
  return Buffer.from(
    canonicalJson({
      format: 'sightline-audit-checkpoint/1',
      tenantId: checkpoint.tenantId,
      seq: checkpoint.seq,
      hash: checkpoint.hash,
      signedAt: checkpoint.signedAt,
      keyId: checkpoint.keyId,
    }),
  );
}
