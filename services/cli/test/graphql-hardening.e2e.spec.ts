import { createHash } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openInventoryDatabase, storeSnapshot } from '@sightline/inventory';
import { createTestDatabase } from '@sightline/platform-db/testing';
import type { TestDatabase } from '@sightline/platform-db/testing';
import { graphqlLimits } from '@sightline/platform-http';
import { servePlatform } from '../src/commands/serve.command';
import { bearer, issueApiToken } from './api-token.test-util';
import { adminKey, hrSnapshot } from './hr-snapshot.test-util';
import type { RunningPlatform } from '../src/commands/serve.command';

interface Body {
  data?: unknown;
  errors?: Array<{ message: string; extensions?: { code?: string; argument?: string } }>;
  raw?: string;
}

const repeat = (n: number, make: (i: number) => string) => Array.from({ length: n }, (_, i) => make(i)).join(' ');
const nested = (levels: number) => `{ snapshots { edges { node { group(xmlid: "x") ${'{ implied '.repeat(levels)}{ xmlid }${' }'.repeat(levels)} } } } }`;

describe('hostile GraphQL operations are rejected before they run', () => {
  let database: TestDatabase;
  let dataDir: string;
  const platforms: Record<'development' | 'production' | 'tight', RunningPlatform | undefined> = { development: undefined, production: undefined, tight: undefined };
  let token: string;
  let viewer: string;
  let snapshotId: string;
  const metricsToken = 'metrics-'.padEnd(40, 'x');

  const post = async (environment: keyof typeof platforms, body: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(platforms[environment]!.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(token), ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, bytes: Buffer.byteLength(text), headers: response.headers, body: (text.startsWith('{') || text.startsWith('[') ? JSON.parse(text) : { raw: text }) as Body };
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    dataDir = mkdtempSync(join(tmpdir(), 'sightline-hardening-'));
    chmodSync(dataDir, 0o755);
    for (const environment of ['development', 'production'] as const) {
      platforms[environment] = await servePlatform(
        { port: 0, announce: () => undefined },
        { DATABASE_URL: database.url, SIGHTLINE_LOG_LEVEL: 'silent', SIGHTLINE_ENV: environment, SIGHTLINE_DATA_DIR: dataDir },
      );
    }
    // A 1 ms budget per operation, a metrics token, and a proxy trusted on loopback (so a test can
    // pose as a remote client with X-Forwarded-For).
    platforms.tight = await servePlatform({ port: 0, announce: () => undefined }, {
      DATABASE_URL: database.url, SIGHTLINE_LOG_LEVEL: 'silent', SIGHTLINE_ENV: 'production', SIGHTLINE_DATA_DIR: dataDir,
      SIGHTLINE_QUERY_TIME_BUDGET_MS: '1', SIGHTLINE_METRICS_TOKEN: metricsToken, SIGHTLINE_TRUST_PROXY: 'loopback',
    });
    token = await issueApiToken(database.url, 'privacy-officer');
    viewer = await issueApiToken(database.url, 'viewer');
    const inventory = await openInventoryDatabase(database.url);
    try {
      snapshotId = (await storeSnapshot(inventory, { tenantSlug: 'default', snapshot: hrSnapshot(false), label: 'hardening' })).id;
    } finally {
      await inventory.destroy();
    }
  }, 120_000);

  afterAll(async () => {
    await platforms.development?.stop();
    await platforms.production?.stop();
    await platforms.tight?.stop();
    await database?.dispose();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('accepts an ordinary query', async () => {
    const { status, body } = await post('production', { query: '{ inventoryStatus { snapshotCount } }' });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
  });

  it.each([
    ['too deep', nested(graphqlLimits.maxDepth + 2), /depth/i],
    ['too many aliases', `{ ${repeat(graphqlLimits.maxAliases + 5, (i) => `a${i}: inventoryStatus { databaseName }`)} }`, /alias/i],
    ['too many tokens', `{ inventoryStatus { ${repeat(graphqlLimits.maxTokens, () => 'databaseName')} } }`, /token/i],
    ['too high a cost', '{ snapshots(first: 500) { edges { node { users(first: 500) { edges { node { key login name } } } } } } }', /cost/i],
    ['too many directives', `{ inventoryStatus { databaseName ${repeat(graphqlLimits.maxDirectives + 5, () => '@skip(if: false)')} } }`, /directive/i],
  ])('rejects an operation with %s', async (_name, query, message) => {
    const { status, body } = await post('production', { query });
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0].message).toMatch(message);
  });

  it('rejects batched operations', async () => {
    const { status } = await post('production', [{ query: '{ inventoryStatus { databaseName } }' }, { query: '{ inventoryStatus { databaseName } }' }]);
    expect(status).toBe(400);
  });

  it('rejects an oversized request body', async () => {
    const padding = 'x'.repeat(300 * 1024);
    const { status } = await post('production', { query: '{ inventoryStatus { databaseName } }', variables: { padding } });
    expect(status).toBe(413);
  });

  it('refuses a cross-site simple request (CSRF prevention)', async () => {
    const response = await fetch(`${platforms.production!.url}?query=${encodeURIComponent('{ inventoryStatus { databaseName } }')}`);
    expect(response.status).toBe(400);
  });

  it('serves dashboards persisted queries by hash (automatic persisted queries)', async () => {
    const query = '{ inventoryStatus { snapshotCount } }';
    const persistedQuery = { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') };
    const unknown = await post('production', { extensions: { persistedQuery } });
    expect(unknown.body.errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const registered = await post('production', { query, extensions: { persistedQuery } });
    expect(registered.body.errors).toBeUndefined();
    const byHash = await post('production', { extensions: { persistedQuery } });
    expect(byHash.body).toEqual(registered.body);
    const mismatch = await post('production', { query: '{ inventoryStatus { databaseName } }', extensions: { persistedQuery } });
    expect(mismatch.status).toBe(400);
  });

  it('turns introspection and field suggestions off in production, not in development', async () => {
    const introspection = { query: '{ __schema { queryType { name } } }' };
    expect((await post('production', introspection)).body.errors?.[0].message).toMatch(/introspection/i);
    expect((await post('development', introspection)).body.errors).toBeUndefined();
    const typo = { query: '{ inventoryStatu { databaseName } }' };
    expect((await post('production', typo)).body.errors?.[0].message).not.toMatch(/did you mean/i);
    expect((await post('development', typo)).body.errors?.[0].message).toMatch(/did you mean/i);
  });

  describe('nested lists (issue 19)', () => {
    const alternating = (levels: number, selection = 'xmlid name') =>
      `${'implying { implied { '.repeat(Math.floor(levels / 2))}${levels % 2 ? 'implying { ' : ''}${selection}${' }'.repeat(levels)}`;
    const groupQuery = (inner: string, aliases = 1) =>
      `{ snapshot(id: "${snapshotId}") { ${Array.from({ length: aliases }, (_, i) => `g${i}: group(xmlid: "base.group_user") { ${inner} }`).join(' ')} } }`;

    it('refuses alternating implying/implied nesting by its cost before running it: a small answer, no data', async () => {
      for (const query of [groupQuery(alternating(7)), groupQuery(alternating(9), 15)]) {
        const { body, bytes } = await post('production', { query }, bearer(viewer));
        expect(body.data).toBeUndefined();
        expect(body.errors).toHaveLength(1);
        // Apollo gives every validation error the code GRAPHQL_VALIDATION_FAILED; the rule's cost stays.
        expect(body.errors?.[0].message).toMatch(/^operation cost \d+ exceeds the limit of 200000/);
        expect(body.errors?.[0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', maxCost: 200_000 });
        expect(bytes).toBeLessThan(2_000);
      }
    }, 30_000);

    it('still answers a group with its lists one level deep', async () => {
      const { body } = await post('production', { query: groupQuery('xmlid implied { xmlid } implying { xmlid } impliedClosure { xmlid }') }, bearer(viewer));
      expect(body.errors).toBeUndefined();
      expect(body.data).toMatchObject({ snapshot: { g0: { xmlid: 'base.group_user' } } });
    });

    it('aborts an operation that runs past its time budget with one QUERY_TIME_BUDGET_EXCEEDED error', async () => {
      // 1 ms is far less than the hundreds of database reads this asks for, however fast the machine.
      const query = `{ snapshot(id: "${snapshotId}") { groups(first: 100) { edges { node { xmlid implied { xmlid } implying { xmlid } } } } } }`;
      const { body, bytes } = await post('tight', { query });
      expect(body.data).toBeNull();
      expect(body.errors).toEqual([
        { message: 'the operation exceeded its time budget of 1 ms: ask for fewer or smaller lists', extensions: { code: 'QUERY_TIME_BUDGET_EXCEEDED', budgetMs: 1 } },
      ]);
      expect(bytes).toBeLessThan(500);
    }, 30_000);
  });

  describe('whatIf changes (issue 19)', () => {
    const change = { kind: 'ADD_MEMBERSHIP', userKey: adminKey, groupXmlid: 'base.group_user' };
    const whatIf = 'query($s: ID!, $c: [WhatIfChangeInput!]!) { whatIf(snapshotId: $s, changes: $c) { identical } }';

    it('refuses more than 100 changes in variables, naming the argument, before running', async () => {
      const { status, body } = await post('production', { query: whatIf, variables: { s: snapshotId, c: Array.from({ length: 1500 }, () => change) } });
      expect(status).toBe(400);
      expect(body.data).toBeUndefined();
      expect(body.errors?.[0]).toMatchObject({ message: 'changes (variable $c): at most 100 entries per request, got 1500', extensions: { code: 'BAD_USER_INPUT', argument: 'changes' } });
    });

    it('refuses more than 100 changes written in the document', async () => {
      const literal = Array.from({ length: 101 }, () => `{ kind: ADD_MEMBERSHIP, userKey: "${adminKey}", groupXmlid: "base.group_user" }`).join(' ');
      const { status, body } = await post('production', { query: `{ whatIf(snapshotId: "${snapshotId}", changes: [${literal}]) { identical } }` });
      expect(status).toBe(400);
      expect(body.errors?.[0].message).toBe('changes: at most 100 entries per request, got 101');
    });

    it('answers a few changes', async () => {
      const { body } = await post('production', { query: whatIf, variables: { s: snapshotId, c: [change] } });
      expect(body.errors).toBeUndefined();
    }, 30_000);
  });

  describe('errors without internals (issue 19)', () => {
    const base = () => platforms.production!.url.replace(/\/graphql$/, '');
    const send = async (path: string, body: string | Buffer, headers: Record<string, string>) => {
      const response = await fetch(`${base()}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
      return { status: response.status, type: response.headers.get('content-type') ?? '', text: await response.text() };
    };

    it.each([
      ['/graphql', 'malformed JSON', '{"query": ', {}, 400],
      ['/auth/login', 'malformed JSON', '{"login": ', {}, 400],
      ['/graphql', 'an oversized body', JSON.stringify({ query: '{ me { id } }', variables: { pad: 'x'.repeat(300 * 1024) } }), {}, 413],
      ['/auth/login', 'an oversized body', JSON.stringify({ login: 'x'.repeat(10 * 1024), password: 'y' }), {}, 413],
      ['/graphql', 'a bad content-encoding', '{"query":"{ me { id } }"}', { 'content-encoding': 'zstd-unknown' }, 415],
      ['/auth/login', 'a bad content-encoding', '{"login":"a","password":"b"}', { 'content-encoding': 'zstd-unknown' }, 415],
    ])('%s answers %s from an anonymous client with JSON, no stack, no path', async (path, _what, body, headers, status) => {
      const answer = await send(path, body, headers as Record<string, string>);
      expect(answer.status).toBe(status);
      expect(answer.type).toMatch(/^application\/json/);
      expect(() => JSON.parse(answer.text)).not.toThrow();
      expect(answer.text).not.toMatch(/<html|<pre>|\bat \w+ \(|node_modules|\/work\/|\.js:\d+|Error:/i);
    });

    it('answers a syntax error with 400, not 500', async () => {
      for (const query of ['{ me { id ', '{ me { id } } }', 'query { "unterminated']) {
        const { status, body } = await post('production', { query });
        expect(status).toBe(400);
        expect(body.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
      }
    });

    it('refuses a NUL byte in a string argument and an id that is not a UUID, naming the argument (no PostgreSQL message)', async () => {
      const nul = await post('production', { query: 'query($k: String!) { userAccess(snapshotId: "' + snapshotId + '", userKey: $k) { login } }', variables: { k: 'a\u0000b' } });
      expect(nul.body.errors?.[0]).toMatchObject({ message: 'userKey (variable $k): must not contain a NUL character', extensions: { code: 'BAD_USER_INPUT' } });
      const uuid = await post('production', { query: '{ snapshot(id: "1 or 1=1") { id } }' });
      // Refused by validation (code GRAPHQL_VALIDATION_FAILED, as Apollo names every validation error).
      expect(uuid.body.errors?.[0]).toMatchObject({ message: 'id: expected a UUID', extensions: { argument: 'id' } });
      for (const answer of [nul, uuid]) expect(JSON.stringify(answer.body)).not.toMatch(/invalid (input syntax|byte sequence)/);
    });

    it('shows the database name and version to administrators only', async () => {
      const admin = await issueApiToken(database.url, 'admin');
      const query = { query: '{ inventoryStatus { databaseName serverVersion snapshotCount } }' };
      const seen = await post('production', query, bearer(admin));
      expect(seen.body.errors).toBeUndefined();
      expect(seen.body.data).toMatchObject({ inventoryStatus: { databaseName: expect.any(String), serverVersion: expect.any(String) } });
      const hidden = await post('production', query, bearer(viewer));
      expect(hidden.body.data).toEqual({ inventoryStatus: { databaseName: null, serverVersion: null, snapshotCount: 1 } });
      expect(hidden.body.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    });
  });

  describe('headers and metrics (issue 19)', () => {
    it('sends security headers on every answer', async () => {
      const { headers } = await post('production', { query: '{ me { id } }' });
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('strict-transport-security')).toMatch(/max-age=\d+; includeSubDomains/);
      expect(headers.get('x-frame-options')).toBe('DENY');
      expect(headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
      expect(headers.get('content-security-policy')).toMatch(/default-src 'self'/);
      const health = await fetch(platforms.development!.url.replace(/\/graphql$/, '/healthz'));
      expect(health.headers.get('x-content-type-options')).toBe('nosniff');
    });

    it('keeps metrics labels bounded: unknown paths share one label, operation names are capped', async () => {
      const base = platforms.development!.url.replace(/\/graphql$/, '');
      for (let i = 0; i < 20; i += 1) await fetch(`${base}/probe-${i}-${'x'.repeat(20)}`);
      for (let i = 0; i < 120; i += 1) await post('development', { query: `query Op${i} { me { id } }`, operationName: `Op${i}` });
      const metrics = await (await fetch(`${base}/metrics`)).text();
      expect(metrics).not.toMatch(/probe-/);
      expect(metrics).toMatch(/sightline_http_requests_total\{route="other",status="404"\} 20/);
      const operations = new Set([...metrics.matchAll(/operation="([^"]+)"/g)].map((m) => m[1]));
      expect(operations.size).toBeLessThanOrEqual(100 + 3);
      expect(operations.has('other')).toBe(true);
    }, 60_000);

    it('serves /metrics only with the configured token, or to loopback clients when there is none', async () => {
      const tight = platforms.tight!.url.replace(/\/graphql$/, '/metrics');
      expect((await fetch(tight)).status).toBe(401);
      expect((await fetch(tight, { headers: bearer('wrong-token') })).status).toBe(401);
      expect((await fetch(tight, { headers: bearer(metricsToken) })).status).toBe(200);
      const open = platforms.production!.url.replace(/\/graphql$/, '/metrics');
      expect((await fetch(open)).status).toBe(200);
    });
  });
});
