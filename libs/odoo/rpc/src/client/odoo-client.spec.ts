import { OdooProtocolError } from '../errors/odoo-protocol.error';
import { OdooServerError } from '../errors/odoo-server.error';
import { OdooTransportError } from '../errors/odoo-transport.error';
import { clientOf } from '../testing/client-of.test-util';
import { HrTrees, READ_TREES_TIMEOUT_MS } from '../testing/hr-trees.test-util';
import { PROTOCOL_MATRIX } from '../testing/protocol-matrix.test-util';
import { startOdooTestServer, type OdooTestServer } from '../testing';
import type { OdooReadProgress } from './odoo-read-progress.type';

const trees = new HrTrees();
beforeAll(() => trees.read(), READ_TREES_TIMEOUT_MS);

describe.each(PROTOCOL_MATRIX)('OdooClient over %s against Odoo %s', (protocol, version) => {
  let server: OdooTestServer;
  beforeAll(async () => {
    server = await startOdooTestServer({ snapshot: trees.snapshot(version) });
  });
  afterAll(() => server.close());

  it('reads the server version', async () => {
    const info = await clientOf(server, protocol).version();
    expect(info.serverSerie).toBe(version);
    expect(info.versionInfo.slice(0, 2)).toEqual([Number(version.slice(0, 2)), 0]);
  });

  it('authenticates (JSON-RPC and XML-RPC give the uid of the login)', async () => {
    const uid = await clientOf(server, protocol).authenticate();
    const admin = server.db.table('res.users').rows().find((row) => row['login'] === 'admin')!;
    expect(uid).toBe(admin.id);
  });

  it('runs search_read, search_count, read and fields_get', async () => {
    const client = clientOf(server, protocol);
    const groups = await client.searchRead('res.groups', { domain: [['share', '=', false]], fields: ['name'], order: 'id', limit: 3 });
    expect(groups).toHaveLength(3);
    expect(groups.every((g) => typeof g.id === 'number' && typeof g['name'] === 'string')).toBe(true);
    expect(await client.searchCount('res.groups')).toBe(server.db.table('res.groups').size);
    const someUser = server.db.table('res.users').rows()[1]!;
    const read = await client.call<{ id: number; login: string }[]>('res.users', 'read', { fields: ['login'] }, { ids: [someUser.id] });
    expect(read).toEqual([{ id: someUser.id, login: someUser['login'] }]);
    const ids = server.db.table('res.groups').rows().map((row) => row.id);
    expect(await client.call('res.groups', 'search', { domain: [], order: 'id desc', offset: 1, limit: 2 })).toEqual([ids.at(-2), ids.at(-3)]);
    const page = await client.searchRead('res.groups', { fields: ['name'], offset: 2, limit: 2 });
    expect(page.map((g) => g.id)).toEqual(ids.slice(2, 4));
    const fields = await client.fieldsGet('res.users');
    expect(Object.keys(fields)).toContain(version === '19.0' ? 'group_ids' : 'groups_id');
  });

  it('hides archived records unless active_test is false', async () => {
    const client = clientOf(server, protocol);
    const all = server.db.table('res.users').size;
    const active = server.db.table('res.users').rows().filter((row) => row['active'] === true).length;
    expect(await client.searchCount('res.users')).toBe(active);
    expect(await client.searchCount('res.users', [], { active_test: false })).toBe(all);
    expect(await client.searchCount('res.users', [['active', 'in', [true, false]]])).toBe(all);
  });

  it('reads a whole model in id-ordered pages and reports progress', async () => {
    const progress: OdooReadProgress[] = [];
    const client = clientOf(server, protocol);
    const before = server.callsOf('search_read', 'res.users').length;
    const users = await client.readAll('res.users', { fields: ['login'], context: { active_test: false }, pageSize: 7, onProgress: (p) => progress.push(p) });
    const total = server.db.table('res.users').size;
    expect(users.map((u) => u.id)).toEqual(server.db.table('res.users').rows().map((row) => row.id));
    expect(server.callsOf('search_read', 'res.users').length - before).toBe(Math.floor(total / 7) + 1);
    expect(progress[0]).toEqual({ model: 'res.users', read: 0, total });
    expect(progress.at(-1)).toEqual({ model: 'res.users', read: total, total });
  });

  it('reports server errors with the exception name and the endpoint', async () => {
    const error = await clientOf(server, protocol).searchRead('res.users', { fields: ['no_such_field'] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OdooServerError);
    expect((error as OdooServerError).message).toMatch(/ValueError: Invalid field 'no_such_field' on model 'res.users'/);
    expect((error as OdooServerError).endpoint).toContain(`${server.url}/`);
    expect((error as OdooServerError).endpoint).toContain('res.users.search_read');
  });
});

describe('JSON-2 before Odoo 19', () => {
  it.each(['17.0', '18.0'] as const)('is refused clearly by %s (no /json/2 route)', async (version) => {
    const server = await startOdooTestServer({ snapshot: trees.snapshot(version) });
    try {
      const error = await clientOf(server, 'json2').searchCount('res.users').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(OdooTransportError);
      expect((error as OdooTransportError).message).toMatch(/POST http:\/\/127\.0\.0\.1:\d+\/json\/2\/res\.users\/\w+ .*HTTP 404: no JSON-2 endpoint here \(JSON-2 needs Odoo 19 or later\)/);
    } finally {
      await server.close();
    }
  });
});

describe('paging guard', () => {
  it('refuses a page size that could never finish', async () => {
    const server = await startOdooTestServer({ snapshot: trees.snapshot('17.0') });
    try {
      await expect(clientOf(server, 'jsonrpc').readAll('res.users', { fields: ['login'], pageSize: 0 })).rejects.toThrow(RangeError);
    } finally {
      await server.close();
    }
  });

  it('refuses to page a server that ignores the id order', async () => {
    const server = await startOdooTestServer({ snapshot: trees.snapshot('18.0') });
    try {
      server.onCall((call, db) => {
        // A broken server: the cursor leaf is dropped, so every page starts again at the first record.
        if (call.method === 'search_read') (call.kwargs!['domain'] as unknown[]).shift();
        void db;
      });
      const error = await clientOf(server, 'jsonrpc').readAll('res.users', { fields: ['login'], pageSize: 5 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(OdooProtocolError);
      expect((error as Error).message).toMatch(/not in increasing id order after id \d+: cannot page safely/);
    } finally {
      await server.close();
    }
  });
});
