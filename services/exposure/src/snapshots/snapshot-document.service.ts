import type { DataSource } from 'typeorm';
import { withTenant } from '@sightline/platform-db';
import { GraphQLError } from 'graphql';
import { parseSnapshot } from '@sightline/odoo-model';
import type { Snapshot } from '@sightline/odoo-model';
import { NotFoundError } from '@sightline/platform-graphql';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Reads stored snapshots from `inventory.snapshot.document`. This cross-schema read is the contract
 * between the inventory and exposure services: a stored document is immutable canonical JSON, so
 * reading it (and nothing else of the inventory schema but `inventory.tenant`) is safe without
 * calling the inventory service.
 */
export class SnapshotDocumentService {
  constructor(private readonly dataSource: DataSource) {}

  /** The snapshot of this tenant, or NotFoundError naming `argument` (another tenant's id is not found either). */
  async read(tenantId: string, snapshotId: string, argument = 'snapshotId'): Promise<Snapshot> {
    if (!uuidPattern.test(snapshotId)) throw new NotFoundError('snapshot', snapshotId);
    // As the tenant's role: row-level security backs the tenant condition.
    const rows: { document: unknown }[] = await withTenant(this.dataSource, tenantId, (db) =>
      db.query('select document from inventory.snapshot where id = $1 and tenant_id = $2', [snapshotId, tenantId]),
    );
    if (!rows[0]) throw new NotFoundError('snapshot', snapshotId);
    const parsed = parseSnapshot(rows[0].document);
    if (!parsed.ok) {
      const first = parsed.issues[0];
      throw new GraphQLError(`${argument}: stored snapshot ${snapshotId} is not a valid snapshot (${first?.path}: ${first?.message})`, {
        extensions: { code: 'INTERNAL_SERVER_ERROR', argument },
      });
    }
    return parsed.snapshot;
  }
}
