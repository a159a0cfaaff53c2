import type { Snapshot } from '@sightline/odoo-model';
import { startOdooTestServer, type OdooTestServer } from '../testing';
import { clientOf } from '../testing/client-of.test-util';
import { expectSyncReproduces } from '../testing/expect-sync-reproduces.test-util';
import { HrTrees, READ_TREES_TIMEOUT_MS } from '../testing/hr-trees.test-util';
import { PROTOCOL_MATRIX } from '../testing/protocol-matrix.test-util';
import { syncOdooSnapshot } from './sync-odoo-snapshot';

const trees = new HrTrees();
beforeAll(() => trees.read(), READ_TREES_TIMEOUT_MS);

describe.each(PROTOCOL_MATRIX)('syncOdooSnapshot over %s from Odoo %s', (protocol, version) => {
  let source: Snapshot;
  let server: OdooTestServer;
  let synced: Snapshot;

  beforeAll(async () => {
    source = trees.snapshot(version, 120, 11);
    server = await startOdooTestServer({ snapshot: source });
    synced = await syncOdooSnapshot({ client: clientOf(server, protocol), fieldGroups: source.fields, pageSize: 50 });
  });
  afterAll(() => server.close());

  it('reproduces the snapshot the server was built from', () => {
    expectSyncReproduces(source, synced);
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
