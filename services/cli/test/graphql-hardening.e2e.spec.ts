import { createHash } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase } from '@sightline/platform-db/testing';
import type { TestDatabase } from '@sightline/platform-db/testing';
import { graphqlLimits } from '@sightline/platform-http';
import { servePlatform } from '../src/commands/serve.command';
import { bearer, issueApiToken } from './api-token.test-util';
import type { RunningPlatform } from '../src/commands/serve.command';

interface Body {
  data?: unknown;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

const repeat = (n: number, make: (i: number) => string) => Array.from({ length: n }, (_, i) => make(i)).join(' ');
const nested = (levels: number) => `{ snapshots { edges { node { group(xmlid: "x") ${'{ implied '.repeat(levels)}{ xmlid }${' }'.repeat(levels)} } } } }`;

describe('hostile GraphQL operations are rejected before they run', () => {
  let database: TestDatabase;
  let dataDir: string;
  const platforms: Record<'development' | 'production', RunningPlatform | undefined> = { development: undefined, production: undefined };
  let token: string;

  const post = async (environment: keyof typeof platforms, body: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(platforms[environment]!.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(token), ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: (text.startsWith('{') || text.startsWith('[') ? JSON.parse(text) : { raw: text }) as Body };
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
    token = await issueApiToken(database.url, 'privacy-officer');
  }, 60_000);

  afterAll(async () => {
    await platforms.development?.stop();
    await platforms.production?.stop();
    await database?.dispose();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('accepts an ordinary query', async () => {
    const { status, body } = await post('production', { query: '{ inventoryStatus { databaseName } }' });
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
    const { body } = await post('production', { query });
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
});
