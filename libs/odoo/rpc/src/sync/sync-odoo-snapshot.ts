import { parseSnapshotOrThrow, type Snapshot } from '@sightline/odoo-model';
import { fieldGroupsCatalogFor } from '../catalog/field-groups-catalog-for.util';
import { assembleSnapshot } from './assemble-snapshot.util';
import type { FieldGroupsSource } from './field-groups-source.type';
import { ModelReader } from './model-reader';
import { readLiveRecords } from './read-live-records.util';
import type { SyncOdooSnapshotOptions } from './sync-odoo-snapshot-options.type';
import { SyncWarnings } from './sync-warnings';

/**
 * Reads the security model of a live Odoo 17/18/19 database into a validated Snapshot: modules,
 * groups (categories / privileges), users active and archived with their groups and companies,
 * models and fields, ACLs, record rules (inactive ones too), companies, and HR employees and
 * departments when installed and readable.
 * @throws OdooRpcError subclasses for what the server or network did; SnapshotParseError if the
 *   data does not fit the snapshot schema.
 */
export async function syncOdooSnapshot(options: SyncOdooSnapshotOptions): Promise<Snapshot> {
  const { client } = options;
  const version = await client.version();
  await client.authenticate();
  const odooVersion = version.serverSerie.replace(/^saas~/, 'saas-');
  const warnings = new SyncWarnings();
  const records = await readLiveRecords(new ModelReader(client, options.pageSize, options.onProgress), warnings);
  const snapshot = assembleSnapshot(records, {
    odooVersion,
    description: `${client.url} database "${client.database}"`,
    createdAt: (options.now?.() ?? new Date()).toISOString(),
    fieldGroups: fieldGroupsSourceOf(options, odooVersion),
    warnings,
  });
  return parseSnapshotOrThrow(snapshot);
}

function fieldGroupsSourceOf(options: SyncOdooSnapshotOptions, odooVersion: string): FieldGroupsSource {
  if (options.fieldGroups) return { kind: 'provider', fields: options.fieldGroups };
  const catalog = options.catalog === undefined ? fieldGroupsCatalogFor(odooVersion) : options.catalog;
  return catalog ? { kind: 'catalog', catalog } : { kind: 'none' };
}
