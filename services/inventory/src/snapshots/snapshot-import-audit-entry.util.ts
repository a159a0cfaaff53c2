import type { AuditActor, AuditEntryInput, AuditOrigin } from '@sightline/platform-audit';
import type { SnapshotEntity } from '../entities/snapshot.entity';

/**
 * The audit entry of a stored snapshot document (GraphQL `importSnapshot`, `sightline import`):
 * who stored what, with the content hash and what the document claims to be (a "live" document
 * is the importer's word, not a sync's).
 */
export function snapshotImportAuditEntry(stored: SnapshotEntity, actor: AuditActor, via: string, origin?: AuditOrigin): AuditEntryInput {
  return {
    tenantId: stored.tenantId,
    actor,
    action: 'snapshot.import',
    objectType: 'Snapshot',
    objectIds: [stored.id],
    ...(origin ? { origin } : {}),
    outcome: 'success',
    details: {
      via,
      label: stored.label,
      contentHash: stored.contentHash,
      claimedSourceKind: stored.sourceKind,
      claimedSource: stored.sourceDescription,
      odooVersion: stored.odooVersion,
    },
  };
}
