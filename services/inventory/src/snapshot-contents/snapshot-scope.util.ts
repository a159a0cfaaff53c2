import { accessibleWhere } from '@sightline/platform-auth';
import type { SqlColumnMap } from '@sightline/platform-auth';
import type { RequestContext } from '@sightline/platform-graphql';
import type { SnapshotScope } from './snapshot-contents.service';

/**
 * How the role rules' conditions on OdooUser map to snapshot_user. Review items do not exist yet,
 * so no Odoo user has reviewers: a reviewer reads none until access reviews assign subjects (then
 * `reviewerIds` becomes the assigned reviewers of the user's review items).
 */
const odooUserColumns: SqlColumnMap = {
  tenantId: 'tenant_id',
  reviewerIds: { sql: `'{}'::text[]`, array: true },
};

/** The request's view of one snapshot: its tenant, and which Odoo users its ability lets it read (in SQL). */
export function snapshotScope(context: RequestContext, snapshotId: string): SnapshotScope {
  const allowed = accessibleWhere(context.ability, 'read', 'OdooUser', odooUserColumns);
  return { tenantId: context.tenantId, snapshotId, readableUsers: allowed === false ? { sql: 'false', params: {} } : allowed };
}
