import type { CorpusVersion } from '@sightline/odoo-corpus';
import { diffSnapshots, type Snapshot } from '@sightline/odoo-model';
import type { OdooProtocolKind } from '../protocol/odoo-protocol-kind.type';
import { startOdooTestServer } from '../testing';
import { clientOf } from '../testing/client-of.test-util';
import { expectSyncReproduces } from '../testing/expect-sync-reproduces.test-util';
import { HrTrees, READ_TREES_TIMEOUT_MS } from '../testing/hr-trees.test-util';
import { syncOdooSnapshot } from './sync-odoo-snapshot';

const trees = new HrTrees();
beforeAll(() => trees.read(), READ_TREES_TIMEOUT_MS);

const CASES: readonly [OdooProtocolKind, CorpusVersion][] = [
  ['jsonrpc', '17.0'],
  ['xmlrpc', '17.0'],
  ['jsonrpc', '18.0'],
  ['json2', '19.0'],
];

/**
 * Acceptance: a sync from the test server equals the snapshot read from the same data as addon
 * trees. Each published Odoo tree is read by the real addon reader (`hr` and what it pulls in),
 * 200 generated users are added, the test server serves that, and the sync (given the reading's
 * fields for their groups, as production does) must give it back. `diffSnapshots` of the two is
 * empty on 19.0; on 17.0/18.0 it holds exactly the membership reduction (17/18 store each user's
 * groups with every implied group folded in, so the sync keeps only the groups no other held group
 * implies): removed memberships and removed default-user groups, nothing else. Groups, ACLs, rules,
 * models, fields and default-user groups (19: as listed, 17/18: as closure) are equal.
 * {@link expectSyncReproduces} spells out each allowed difference and asserts exactly it.
 */
describe.each(CASES)('a sync over %s of an Odoo %s database loaded from the real tree', (protocol, version) => {
  let reading: Snapshot;
  let source: Snapshot;
  let synced: Snapshot;

  beforeAll(async () => {
    reading = trees.reading(version);
    source = trees.snapshot(version, 200, 2026);
    const server = await startOdooTestServer({ snapshot: source });
    try {
      synced = await syncOdooSnapshot({ client: clientOf(server, protocol), fieldGroups: reading.fields });
    } finally {
      await server.close();
    }
  });

  it('equals the snapshot read from the addon tree, but for the documented differences', () => {
    expect(synced.users).toHaveLength(reading.users.length + 200);
    expect(synced.meta.warnings).toEqual([]);
    expectSyncReproduces(source, synced);
    // The 17/18 reduction is exercised, not vacuous: most generated users hold base.group_user next to a role implying it.
    const lostMemberships = diffSnapshots(source, synced).memberships.length;
    if (version === '19.0') expect(lostMemberships).toBe(0);
    else expect(lostMemberships).toBeGreaterThan(100);
  });
});
