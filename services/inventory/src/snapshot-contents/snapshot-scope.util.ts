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

/** Personal fields of snapshot_user a search may match, each only where the request may read it. */
const searchablePersonalColumns = ['login', 'name'] as const;

/**
 * The request's view of one snapshot: its tenant, which Odoo users its ability lets it read, and
 * on which of them it may read (and so search) each personal field (in SQL).
 */
export function snapshotScope(context: RequestContext, snapshotId: string): SnapshotScope {
  const allowed = accessibleWhere(context.ability, 'read', 'OdooUser', odooUserColumns);
  const personalColumns: NonNullable<SnapshotScope['personalColumns']> = [];
  for (const column of searchablePersonalColumns) {
    const readable = accessibleWhere(context.ability, 'read', 'OdooUser', odooUserColumns, `field_${column}`, column);
    if (readable !== false) personalColumns.push({ column, readable });
  }
  return { tenantId: context.tenantId, snapshotId, readableUsers: allowed === false ? { sql: 'false', params: {} } : allowed, personalColumns };
}
