import 'reflect-metadata';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { graphql } from 'graphql';
import type { DataSource } from 'typeorm';
import { ApiTokenService, openAuthDatabase } from '@sightline/platform-auth';
import { findFreePort, withTenant } from '@sightline/platform-db';
import { createTestDatabase } from '@sightline/platform-db/testing';
import { createRequestContext } from '@sightline/platform-graphql';
import { createInventorySubgraph, defaultSnapshotProducers, openInventoryDatabase, storeSnapshot } from '@sightline/inventory';
import { SecretBox } from '@sightline/platform-secrets';
import { benchSnapshot } from './bench-snapshot';
import { ms, percentile, timeRunsAsync } from '@sightline/access-engine/testing';

/**
 * `npm run bench:gateway`: what Sightline's own security costs per request. The same GraphQL
 * operations through the gateway over HTTP with an API token (authentication, CASL checks, field
 * masking, row-level security, audit append) side by side with the subgraph schema executed in
 * this process with a ready context (the resolvers' own work), and one page of snapshot users read
 * with plain SQL vs inside withTenant (row-level security). Options: `--users=N`, `--runs=N`.
 */
const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const userCount = Number(args['users'] ?? 2_000);
const runs = Number(args['runs'] ?? 300);

const operations = {
  'groups page (no personal data)': `query($id: ID!) { snapshot(id: $id) { groups(first: 50) { edges { node { xmlid name implied { xmlid } } } } } }`,
  'users page (logins and names: masked, audited)': `query($id: ID!) { snapshot(id: $id) { users(first: 50) { edges { node { key login name active } } } } }`,
};

async function main(): Promise<void> {
  const database = await createTestDatabase();
  const port = await findFreePort();
  const env = { DATABASE_URL: database.url, SIGHTLINE_LOG_LEVEL: 'silent', SIGHTLINE_SECRET_KEY: randomBytes(32).toString('base64'), SIGHTLINE_PORT: String(port) };
  // The gateway in its own process, as deployed: `sightline serve`.
  const server = spawn(process.execPath, [join(__dirname, '..', 'main.js'), 'serve'], { env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env }, stdio: 'ignore' });
  const platform = { url: `http://127.0.0.1:${port}/graphql` };
  await untilHealthy(`http://127.0.0.1:${port}/healthz`, server);
  const inventory = await openInventoryDatabase(database.url);
  try {
    const snapshot = benchSnapshot('18.0', userCount, 42);
    const stored = await storeSnapshot(inventory, { tenantSlug: 'default', snapshot, label: 'bench' });
    await inventory.query('analyze');
    const [{ id: tenantId }] = await inventory.query(`select id from inventory.tenant where slug = 'default'`);
    const authDb = await openAuthDatabase(database.url, 2);
    const { token } = await new ApiTokenService(authDb).create({ tenantId, role: 'privacy-officer', name: 'bench' });
    await authDb.destroy();
    const subgraph = await createInventorySubgraph(inventory, { secrets: SecretBox.fromKey(randomBytes(32)), producers: defaultSnapshotProducers() });
    const principal = { kind: 'token' as const, id: 'bench', name: 'bench', tenants: [{ tenantId, roles: ['privacy-officer' as const] }] };
    console.log(`snapshot: odoo-corpus 18.0, ${snapshot.groups.length} groups, ${snapshot.users.length} users; ${runs} sequential runs each; PostgreSQL ${(await inventory.query('show server_version'))[0].server_version} (${database.kind})`);

    const rows: string[][] = [['operation', 'gateway + security p50', 'p95', 'subgraph in-process p50', 'ratio']];
    for (const [name, query] of Object.entries(operations)) {
      const variables = { id: stored.id };
      const viaGateway = await timeRunsAsync(runs, () => postOk(platform.url, token, query, variables), 5);
      const inProcess = await timeRunsAsync(runs, async () => {
        const result = await graphql({ schema: subgraph.schema, source: query, variableValues: variables, contextValue: createRequestContext({ principal, tenantId, tenantSlug: 'default' }) });
        if (result.errors) throw new Error(result.errors[0].message);
      }, 5);
      const [g, s] = [percentile(viaGateway, 50), percentile(inProcess, 50)];
      rows.push([name, ms(g), ms(percentile(viaGateway, 95)), ms(s), `${(g / s).toFixed(1)}×`]);
    }
    const plain = await timeRunsAsync(runs, () => usersPage(inventory, tenantId, stored.id), 5);
    const isolated = await timeRunsAsync(runs, () => withTenant(inventory, tenantId, (db) => usersPage(db, tenantId, stored.id)), 5);
    rows.push(['50 snapshot users, SQL: withTenant (RLS) vs plain', ms(percentile(isolated, 50)), ms(percentile(isolated, 95)), ms(percentile(plain, 50)), `${(percentile(isolated, 50) / percentile(plain, 50)).toFixed(1)}×`]);
    const width = rows.map((r) => r.map((c) => c.length)).reduce((a, b) => a.map((n, i) => Math.max(n, b[i]!)));
    console.log(`\n${rows.map((r) => r.map((c, i) => c.padEnd(width[i]!)).join('  ').trimEnd()).join('\n')}`);
    const [{ count }] = await inventory.query(`select count(*)::int as count from audit.entry where action = 'personal-data.read'`);
    console.log(`\naudit: ${count} personal-data.read entries appended (one per users-page request)`);
  } finally {
    await inventory.destroy();
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
    await database.dispose();
  }
}

async function untilHealthy(url: string, server: ChildProcess): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (server.exitCode !== null) throw new Error(`sightline serve exited with ${server.exitCode}`);
    const ok = await fetch(url).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('sightline serve did not become healthy in 30 s');
}

async function postOk(url: string, token: string, query: string, variables: Record<string, unknown>): Promise<void> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { errors?: Array<{ message: string }> };
  if (body.errors) throw new Error(body.errors[0].message);
}

function usersPage(db: Pick<DataSource, 'query'>, tenantId: string, snapshotId: string): Promise<unknown> {
  return db.query('select * from inventory.snapshot_user where tenant_id = $1 and snapshot_id = $2 order by key limit 50', [tenantId, snapshotId]);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
