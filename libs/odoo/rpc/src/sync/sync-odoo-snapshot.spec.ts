import { canonicalizeSnapshot, computeImpliedClosure, diffSnapshots, type Snapshot, type SnapshotDiff } from '@sightline/odoo-model';
import { startOdooTestServer, type OdooTestServer } from '../testing';
import { clientOf } from '../testing/client-of.test-util';
import { hrSnapshot } from '../testing/hr-snapshot.test-util';
import { PROTOCOL_MATRIX } from '../testing/protocol-matrix.test-util';
import { syncOdooSnapshot } from './sync-odoo-snapshot';

/** The closure of a group set: what the access engine will compute from it. */
function effective(snapshot: Snapshot, groups: readonly string[]): string[] {
  const closure = computeImpliedClosure(snapshot.groups);
  return [...new Set(groups.flatMap((g) => [g, ...(closure.get(g) ?? [])]))].sort();
}

function changedLists(diff: SnapshotDiff): string[] {
  return Object.entries(diff).flatMap(([list, changes]) => (changes.length > 0 ? [list] : []));
}

/**
 * 19 stores explicit groups, so memberships come back exactly. 17/18 store `groups_id` with the
 * implied groups folded in: the explicit sets cannot be recovered, only the smallest set with the
 * same closure, which must be a subset of the original with the same effective groups.
 */
function expectSameMemberships(source: Snapshot, synced: Snapshot): void {
  const syncedUsers = new Map(synced.users.map((u) => [u.key, u]));
  for (const user of source.users) {
    const back = syncedUsers.get(user.key)!;
    expect(back.groupXmlids.every((g) => user.groupXmlids.includes(g))).toBe(true);
    expect(effective(synced, back.groupXmlids)).toEqual(effective(source, user.groupXmlids));
    expect([...back.storedGroupXmlids!].sort()).toEqual(effective(source, user.groupXmlids));
  }
  expect(effective(synced, synced.defaultUserGroupXmlids)).toEqual(effective(source, source.defaultUserGroupXmlids));
}

describe.each(PROTOCOL_MATRIX)('syncOdooSnapshot over %s from Odoo %s', (protocol, version) => {
  const source = hrSnapshot(version, 120, 11);
  let server: OdooTestServer;
  let synced: Snapshot;

  beforeAll(async () => {
    server = await startOdooTestServer({ snapshot: source });
    synced = await syncOdooSnapshot({ client: clientOf(server, protocol), fieldGroups: source.fields, pageSize: 50 });
  });
  afterAll(() => server.close());

  it('reproduces the snapshot the server was built from', () => {
    const diff = diffSnapshots(source, synced);
    if (version === '19.0') expect(changedLists(diff)).toEqual([]);
    else {
      expect(changedLists(diff).filter((list) => list !== 'memberships' && list !== 'defaultUserGroups')).toEqual([]);
      expectSameMemberships(source, synced);
    }
    const canonical = [canonicalizeSnapshot(source), canonicalizeSnapshot(synced)];
    for (const collection of ['companies', 'employees', 'departments', 'fields', 'groups', 'acls', 'rules', 'models'] as const) {
      expect(canonical[1]![collection]).toEqual(canonical[0]![collection]);
    }
    expect(canonical[1]!.meta.modules).toEqual(canonical[0]!.meta.modules);
  });

  it('describes where it came from, without credentials', () => {
    expect(synced.meta).toMatchObject({ odooVersion: version, source: { kind: 'live', description: `${server.url}/ database "sightline"` }, warnings: [] });
    expect(JSON.stringify(synced)).not.toContain(server.credentials.password);
  });

  it('reads archived users and links users to their employees', () => {
    expect(synced.users.some((u) => !u.active)).toBe(true);
    expect(synced.users.filter((u) => u.employee !== null)).toHaveLength(source.users.filter((u) => u.employee !== null).length);
  });
});
