import { createHash } from 'node:crypto';
import type { AuditEntry } from './audit-entry';
import { canonicalJson } from './canonical-json.util';

/**
 * SHA-256 over the previous hash and the canonical form of every other field, seq included, so an
 * edit, a move to another tenant or a swap of positions changes the hash.
 */
export function computeEntryHash(entry: Omit<AuditEntry, 'hash'>): string {
  const { prevHash, ...content } = entry;
  const canonical = canonicalJson({
    seq: content.seq,
    tenantId: content.tenantId,
    at: content.at,
    actor: content.actor,
    action: content.action,
    objectType: content.objectType,
    objectIds: content.objectIds,
    origin: content.origin,
    outcome: content.outcome,
    details: content.details,
  });
  return createHash('sha256').update(prevHash).update('\n').update(canonical).digest('hex');
}
