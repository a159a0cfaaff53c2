import { SNAPSHOT_SCHEMA_VERSION, type Snapshot } from './snapshot.schema';

export type SnapshotParts = Partial<Omit<Snapshot, 'schemaVersion' | 'meta'>> & Pick<Snapshot, 'meta'>;

/** A snapshot from the parts a reader has; collections it did not read are empty. */
export function createSnapshot(parts: SnapshotParts): Snapshot {
  return {
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    groups: [],
    users: [],
    companies: [],
    employees: [],
    departments: [],
    models: [],
    fields: [],
    acls: [],
    rules: [],
    accessRows: [],
    defaultUserGroupXmlids: [],
    classifications: [],
    ...parts,
  };
}
