import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, queryRows } from '@sightline/platform-db/testing';
import type { TestDatabase } from '@sightline/platform-db/testing';
import { createLogger } from '@sightline/platform-http';
import { randomBytes } from 'node:crypto';
import { defaultSnapshotProducers, serveInventorySubgraph } from '@sightline/inventory';
import { SecretBox } from '@sightline/platform-secrets';
import { postGraphQL } from '@sightline/platform-http/testing';
import { servePlatform } from './serve.command';
import { bearer, issueApiToken } from '../../test/api-token.test-util';
import type { RunningPlatform } from './serve.command';

const statusQuery = `{
  inventoryStatus { databaseName serverVersion migrations snapshotCount }
  snapshots(first: 10) { totalCount edges { node { id label odooVersion contentHash counts { groups } } } }
}`;

async function insertSnapshot(databaseUrl: string, label: string): Promise<string> {
  const [row] = await queryRows(
    databaseUrl,
    `insert into inventory.snapshot (tenant_id, source_kind, label, odoo_version, content_hash, counts, document)
     select id, 'addons', $1, '17.0', repeat('a', 64),
            '{"modules":1,"groups":2,"users":0,"models":0,"fields":0,"acls":0,"rules":0}', '{}'
     from inventory.tenant where slug = 'default' returning id`,
    [label],
  );
  return row.id;
}

describe('sightline serve', () => {
  // A key given in the environment: no key file is written into the working directory.
  const secretKey = randomBytes(32);
  const quiet = { SIGHTLINE_LOG_LEVEL: 'silent', SIGHTLINE_SECRET_KEY: secretKey.toString('base64') };
  const silently = { announce: () => undefined };

  describe('on the database of DATABASE_URL', () => {
    let database: TestDatabase;
    let platform: RunningPlatform;
    let auth: Record<string, string>;

    beforeAll(async () => {
      database = await createTestDatabase();
      platform = await servePlatform({ port: 0, ...silently }, { ...quiet, DATABASE_URL: database.url, SIGHTLINE_TRUST_PROXY: 'loopback' });
      auth = bearer(await issueApiToken(database.url, 'privacy-officer'));
    }, 60_000);

    afterAll(async () => {
      await platform?.stop();
      await database?.dispose();
    });

    it('answers a query through the gateway from the inventory subgraph in PostgreSQL', async () => {
      const id = await insertSnapshot(database.url, 'written straight into PostgreSQL');
      const body = await postGraphQL(platform.url, statusQuery, {}, auth);
      expect(body.errors).toBeUndefined();
      expect(body.data).toMatchObject({
        inventoryStatus: { databaseName: database.name, migrations: expect.arrayContaining(['CreateInventorySchema1763900000000']), snapshotCount: 1 },
        snapshots: { totalCount: 1, edges: [{ node: { id, label: 'written straight into PostgreSQL', counts: { groups: 2 } } }] },
      });
    });

    it('records the client address a trusted proxy forwards, not the proxy', async () => {
      const fresh = bearer(await issueApiToken(database.url, 'viewer'));
      await postGraphQL(platform.url, '{ me { id } }', {}, { ...fresh, 'x-forwarded-for': '203.0.113.7', 'user-agent': 'dashboard/1.0' });
      const [entry] = await queryRows(database.url, `select origin from audit.entry where action = 'credential.use' order by seq desc limit 1`);
      expect(entry.origin).toMatchObject({ ip: '203.0.113.7', userAgent: 'dashboard/1.0' });
    });

    it('serves /healthz and /metrics', async () => {
      const base = platform.url.replace('/graphql', '');
      expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: 'ok', database: 'url' });
      const metrics = await (await fetch(`${base}/metrics`)).text();
      expect(metrics).toContain('sightline_graphql_request_duration_seconds_count{operation="anonymous",outcome="ok"}');
    });

    it('rejects a bad argument naming it', async () => {
      const body = await postGraphQL(platform.url, '{ snapshots(first: 100000) { totalCount } }', {}, auth);
      expect(body.errors?.[0]).toMatchObject({ message: 'first: must be between 0 and 500', extensions: { code: 'BAD_USER_INPUT' } });
    });

    it('reaches a subgraph running as its own HTTP service when its URL is set', async () => {
      // The subgraph shares the gateway's secret key: it serves only what the gateway vouches for.
      const subgraph = await serveInventorySubgraph(database.url, 0, '127.0.0.1', createLogger('silent'), secretKey, {
        secrets: SecretBox.fromKey(secretKey),
        producers: defaultSnapshotProducers(),
      });
      const address = subgraph.server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      const split = await servePlatform(
        { port: 0, ...silently },
        { ...quiet, DATABASE_URL: database.url, SIGHTLINE_SUBGRAPH_INVENTORY_URL: `http://127.0.0.1:${port}/graphql` },
      );
      try {
        const body = await postGraphQL(split.url, '{ inventoryStatus { databaseName } me { roles } }', {}, auth);
        expect(body.data).toEqual({ inventoryStatus: { databaseName: database.name }, me: { roles: ['privacy-officer'] } });
        const direct = await postGraphQL(`http://127.0.0.1:${port}/graphql`, '{ inventoryStatus { databaseName } }', {}, auth);
        expect(direct.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
      } finally {
        await split.stop();
        await subgraph.stop();
      }
    });
  });

  describe('with --demo: readiness follows the demo seeding', () => {
    let database: TestDatabase;
    let platform: RunningPlatform;
    let auth: Record<string, string>;
    let finishSeeding!: () => void;
    const seeding = new Promise<void>((resolve) => (finishSeeding = resolve));
    const announced: string[] = [];
    const base = () => platform.url.replace('/graphql', '');
    const get = async (path: string) => {
      const response = await fetch(`${base()}${path}`);
      return { status: response.status, body: await response.json() };
    };

    beforeAll(async () => {
      database = await createTestDatabase();
      platform = await servePlatform(
        {
          port: 0,
          demo: true,
          ...silently,
          announceDemo: (text) => announced.push(text),
          // Stands in for the real demo (the Odoo trees): stores one snapshot once the test lets it.
          seedDemo: async () => {
            await seeding;
            await insertSnapshot(database.url, 'Demo: seeded by the test');
            return 1;
          },
        },
        { ...quiet, DATABASE_URL: database.url },
      );
      auth = bearer(await issueApiToken(database.url, 'privacy-officer'));
    }, 60_000);

    afterAll(async () => {
      finishSeeding();
      await platform?.stop();
      await database?.dispose();
    });

    it('is alive but not ready while the demo is being seeded, ready with the data once it is stored', async () => {
      expect(await get('/healthz')).toEqual({ status: 200, body: { status: 'ok', database: 'url', demo: 'seeding' } });
      expect(await get('/readyz')).toEqual({ status: 503, body: { status: 'starting', database: 'url', demo: 'seeding' } });
      expect(platform.demoState()).toBe('seeding');
      expect(announced).toEqual([]);

      finishSeeding();
      await platform.demoReady;

      expect(await get('/readyz')).toEqual({ status: 200, body: { status: 'ready', database: 'url', demo: 'ready' } });
      expect(await get('/healthz')).toEqual({ status: 200, body: { status: 'ok', database: 'url', demo: 'ready' } });
      const body = await postGraphQL(platform.url, '{ snapshots { edges { node { label } } } }', {}, auth);
      expect(body.data).toEqual({ snapshots: { edges: [{ node: { label: 'Demo: seeded by the test' } }] } });
      // "demo ready" once, with what to try: a token and a curl of a GraphQL query at this server's URL.
      expect(announced).toHaveLength(1);
      expect(announced[0]).toMatch(/^demo ready: 1 demo snapshot stored\./);
      expect(announced[0]).toContain('npx sightline token create --name try-it --role privacy-officer');
      expect(announced[0]).toContain(`curl -s ${platform.url} -H "authorization: Bearer $TOKEN"`);
    }, 60_000);

    it('stays not ready, saying so, when the demo cannot be seeded', async () => {
      const failing = await servePlatform(
        { port: 0, demo: true, ...silently, announceDemo: (text) => announced.push(text), seedDemo: async () => { throw new Error('no trees'); } },
        { ...quiet, DATABASE_URL: database.url },
      );
      try {
        await failing.demoReady;
        expect(failing.demoState()).toBe('failed');
        const readyz = await fetch(failing.url.replace('/graphql', '/readyz'));
        expect({ status: readyz.status, body: await readyz.json() }).toEqual({ status: 503, body: { status: 'starting', database: 'url', demo: 'failed' } });
        expect(announced).toHaveLength(1);
      } finally {
        await failing.stop();
      }
    }, 60_000);

    it('without --demo, /readyz is /healthz', async () => {
      const plain = await servePlatform({ port: 0, ...silently }, { ...quiet, DATABASE_URL: database.url });
      try {
        expect(plain.demoState()).toBeUndefined();
        const readyz = await fetch(plain.url.replace('/graphql', '/readyz'));
        expect({ status: readyz.status, body: await readyz.json() }).toEqual({ status: 200, body: { status: 'ready', database: 'url' } });
      } finally {
        await plain.stop();
      }
    }, 60_000);
  });

  describe('on the embedded PostgreSQL (no DATABASE_URL)', () => {
    let dataDir: string;
    let platform: RunningPlatform;
    let password: string | undefined;

    beforeAll(async () => {
      dataDir = await mkdtemp(join(tmpdir(), 'sightline-data-'));
      await chmod(dataDir, 0o755); // as root, PostgreSQL runs as the postgres user
      platform = await servePlatform({ port: 0, announce: (admin) => (password = admin.password) }, { ...quiet, SIGHTLINE_DATA_DIR: dataDir });
    }, 60_000);

    afterAll(async () => {
      await platform?.stop();
      await rm(dataDir, { recursive: true, force: true });
    });

    it('starts a real PostgreSQL in the data directory and serves from it', async () => {
      await insertSnapshot(platform.databaseUrl, 'embedded');
      // The bootstrap administrator, with the password printed once at first start.
      const login = await fetch(platform.url.replace('/graphql', '/auth/login'), {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login: 'admin', password }),
      });
      expect(login.status).toBe(200);
      const cookie = login.headers.get('set-cookie')!.split(';')[0];
      const body = await postGraphQL(platform.url, statusQuery, {}, { cookie });
      expect(body.data).toMatchObject({
        inventoryStatus: { databaseName: 'sightline', snapshotCount: 1 },
        snapshots: { edges: [{ node: { label: 'embedded' } }] },
      });
      expect(await (await fetch(platform.url.replace('/graphql', '/healthz'))).json()).toEqual({ status: 'ok', database: 'embedded' });
    });
  });
});
