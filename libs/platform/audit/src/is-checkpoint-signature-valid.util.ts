import { verify } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import type { AuditCheckpoint } from './audit-entry';
import { checkpointPayload } from './checkpoint-payload.util';

export function isCheckpointSignatureValid(checkpoint: AuditCheckpoint, publicKey: KeyObject): boolean {
  try {
    return verify(null, checkpointPayload(checkpoint), publicKey, Buffer.from(checkpoint.signature, 'base64'));
  } catch {
    return false;
  }
}
