import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import type { DataSource } from 'typeorm';
import { createTestDatabase, queryRows } from '@sightline/platform-db/testing';
import type { TestDatabase } from '@sightline/platform-db/testing';
import { postGraphQL } from '@sightline/platform-http/testing';
import { openInventoryDatabase, storeSnapshot } from '@sightline/inventory';
import { LocalUserService, openAuthDatabase, RoleAssignmentService } from '@sightline/platform-auth';
import { startOdooTestServer } from '@sightline/odoo-rpc/testing';
import type { OdooTestServer } from '@sightline/odoo-rpc/testing';
import { canonicalJson } from '@sightline/odoo-model';
import { servePlatform } from '../src/commands/serve.command';
import type { RunningPlatform } from '../src/commands/serve.command';
import { importSnapshotFile } from '../src/commands/import.command';
import { bearer, issueApiToken } from './api-token.test-util';
import { adminKey, hrSnapshot } from './hr-snapshot.test-util';
import { writeMiniOdoo } from './mini-odoo.test-util';
import { readAddonsSnapshot } from '@sightline/odoo-addons';

/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers and audit rows are read generically */

// Issue 19: what an attacker with a low-privilege token found, each closed and checked through the gateway.
// The platform runs without SIGHTLINE_ODOO_ALLOWED_HOSTS: loopback Odoo sources are refused here.
describe('holes a low-privilege token found (issue 19)', () => {
  let database: TestDatabase;
  let platform: RunningPlatform;
  let inventory: DataSource;
  let odoo: OdooTestServer;
  let snapshotId: string;
  const tenants: Record<string, string> = {};
  const tokens: Record<string, string> = {};

  const as = (who: string, query: string, variables: Record<string, unknown> = {}) => postGraphQL(platform.url, query, variables, bearer(tokens[who]));
  const entries = (tenant: string, action: string) =>
    queryRows(database.url, `select actor, object_type, object_ids, outcome, details from audit.entry where tenant_id = $1 and action = $2 order by seq`, [tenants[tenant], action]);

  beforeAll(async () => {
    database = await createTestDatabase();
    platform = await servePlatform({ port: 0, announce: () => undefined }, {
      SIGHTLINE_LOG_LEVEL: 'silent', DATABASE_URL: database.url, SIGHTLINE_SECRET_KEY: randomBytes(32).toString('base64'),
    });
    inventory = await openInventoryDatabase(database.url);
    await inventory.query(`insert into inventory.tenant (slug, name) values ('acme', 'ACME')`);
    for (const row of await queryRows(database.url, 'select id, slug from inventory.tenant')) tenants[String(row.slug)] = String(row.id);
    snapshotId = (await storeSnapshot(inventory, { tenantSlug: 'default', snapshot: hrSnapshot(false), label: 'now' })).id;
    for (const role of ['admin', 'privacy-officer', 'reviewer', 'auditor'] as const) tokens[role] = await issueApiToken(database.url, role);
    tokens.acmeAdmin = await issueApiToken(database.url, 'admin', 'acme');
    odoo = await startOdooTestServer({ snapshot: hrSnapshot(false) });
  }, 180_000);

  afterAll(async () => {
    await odoo?.close();
    await inventory?.destroy();
    await platform?.stop();
    await database?.dispose();
  });

  describe('Snapshot.users(search:) searches only what the caller may read', () => {
    const search = (who: string, text: string) => as(who, `query($id: ID!, $s: String) { snapshot(id: $id) { users(search: $s) { totalCount edges { node { key login } } } } }`, { id: snapshotId, s: text });

    it('finds nothing by a login or name an admin sees masked, and still finds by key', async () => {
      for (const text of ['timesheet.admin@', 'Timesheet Admin', 't']) {
        const body = await search('admin', text);
        expect(body.errors).toBeUndefined();
        expect(body.data!.snapshot.users.edges.map((e: any) => e.node.key)).not.toContain(adminKey);
      }
      const byKey = await search('admin', adminKey);
      expect(byKey.data!.snapshot.users).toEqual({ totalCount: 1, edges: [{ node: { key: adminKey, login: null } }] });
      expect(await entries('default', 'personal-data.read')).toEqual([]);
    });

    it('finds by login for a role that reads logins, and records the search in the audit log', async () => {
      const body = await search('privacy-officer', 'timesheet.admin@');
      expect(body.data!.snapshot.users.edges).toEqual([{ node: { key: adminKey, login: 'timesheet.admin@example.com' } }]);
      const missed = await search('auditor', 'no-such-login-zz');
      expect(missed.data!.snapshot.users.totalCount).toBe(0);
      const searches = (await entries('default', 'personal-data.read')).filter((e: any) => e.details.field === 'Snapshot.users');
      expect(searches.map((e: any) => ({ search: e.details.search, fields: e.details.fields, matched: e.details.matched }))).toEqual([
        { search: 'timesheet.admin@', fields: ['login', 'name'], matched: 1 },
        { search: 'no-such-login-zz', fields: ['login', 'name'], matched: 0 },
      ]);
      expect(searches[0].object_ids).toEqual([`${snapshotId}:${adminKey}`]);
    });
  });

  describe("whatIf's userKeys pass the subject check of userAccess", () => {
    const whatIf = (who: string, userKey: string) => as(who, `query($id: ID!, $changes: [WhatIfChangeInput!]!) { whatIf(snapshotId: $id, changes: $changes) { removed(first: 5) { totalCount } } }`, {
      id: snapshotId, changes: [{ kind: 'ADD_IMPLICATION', groupXmlid: 'base.group_user', impliedXmlid: 'hr.group_hr_user' }, { kind: 'REMOVE_MEMBERSHIP', userKey, groupXmlid: 'hr_timesheet.group_timesheet_manager' }],
    });

    it('refuses a reviewer without assignments, naming the argument, whether the user exists or not', async () => {
      const refused = await as('reviewer', `query($id: ID!, $k: String!) { userAccess(snapshotId: $id, userKey: $k) { userKey } }`, { id: snapshotId, k: adminKey });
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      for (const key of [adminKey, '#no-such-user']) {
        const body = await whatIf('reviewer', key);
        expect(body.data).toBeNull();
        expect(body.errors).toHaveLength(1);
        expect(body.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'whatIf.changes[1].userKey' });
      }
      const denials = await entries('default', 'authorization.check');
      expect(denials.some((e: any) => e.details.field === 'whatIf.changes[1].userKey' && e.outcome === 'denied')).toBe(true);
    });

    it("answers a privacy officer, and records the read of that user's access like userAccess", async () => {
      const body = await whatIf('privacy-officer', adminKey);
      expect(body.errors).toBeUndefined();
      expect(body.data!.whatIf.removed.totalCount).toEqual(expect.any(Number));
      const reads = (await entries('default', 'personal-data.read')).filter((e: any) => e.object_type === 'Exposure');
      expect(reads.some((e: any) => e.object_ids.includes(`${snapshotId}:${adminKey}`) && e.details.fields.includes('access'))).toBe(true);
    });
  });

  describe('Odoo sources cannot reach loopback, private or metadata addresses (no SIGHTLINE_ODOO_ALLOWED_HOSTS)', () => {
    const create = (url: string, name: string) => as('admin', `mutation($input: CreateOdooSourceInput!) { createOdooSource(input: $input) { id } }`, {
      input: { name, url, database: odoo.database, login: odoo.credentials.login, apiKey: odoo.credentials.password },
    });
    const finished = async (jobId: string) => {
      for (let i = 0; i < 200; i++) {
        const job = (await as('admin', 'query($id: ID!) { job(id: $id) { status error } }', { id: jobId })).data!.job;
        if (job.status === 'succeeded' || job.status === 'failed') return job;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`job ${jobId} did not finish`);
    };

    it.each(['http://127.0.0.1:8069', 'http://169.254.169.254/latest/meta-data/', 'http://10.0.0.5', 'http://[::1]:8069', 'http://[::ffff:7f00:1]'])('refuses a source at %s', async (url) => {
      const body = await create(url, `refused ${url}`);
      expect(body.errors?.[0].message).toMatch(/^input\.url: is a loopback, private, link-local or metadata address/);
    });

    it('refuses to sync a name that resolves to loopback, and the test server is never asked', async () => {
      const created = await create(odoo.url.replace('127.0.0.1', 'localhost'), 'localhost');
      expect(created.errors).toBeUndefined();
      const started = await as('admin', 'mutation($id: ID!) { syncSource(sourceId: $id) { id } }', { id: created.data!.createOdooSource.id });
      const job = await finished(started.data!.syncSource.id);
      expect(job.status).toBe('failed');
      expect(job.error).toMatch(/^refused: the source URL is a loopback, private, link-local or metadata address/);
      expect(odoo.calls.length).toBe(0);
    }, 30_000);
  });

  describe('audit entries that were missing', () => {
    it('records importSnapshot (GraphQL) and `sightline import` in the tenant chain', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'sightline-import-'));
      const small = readAddonsSnapshot({ addonsPaths: writeMiniOdoo(join(dir, 'odoo')), odooVersion: '17.0', mode: 'lenient' }).snapshot;
      const document = JSON.parse(canonicalJson(small));
      const imported = await as('admin', `mutation($d: JSONObject!) { importSnapshot(document: $d, label: "planted") { id contentHash } }`, { d: document });
      expect(imported.errors).toBeUndefined();
      const saved = { DATABASE_URL: process.env.DATABASE_URL };
      try {
        const file = join(dir, 'snapshot.json');
        writeFileSync(file, canonicalJson(small));
        process.env.DATABASE_URL = database.url;
        expect(await importSnapshotFile(file, { tenant: 'default', label: 'from the CLI' }, new PassThrough())).toBe(0);
      } finally {
        if (saved.DATABASE_URL === undefined) delete process.env.DATABASE_URL;
        else process.env.DATABASE_URL = saved.DATABASE_URL;
        rmSync(dir, { recursive: true, force: true });
      }
      const rows = await entries('default', 'snapshot.import');
      expect(rows.map((e: any) => ({ kind: e.actor.kind, via: e.details.via, label: e.details.label }))).toEqual([
        { kind: 'token', via: 'graphql importSnapshot', label: 'planted' },
        { kind: 'system', via: 'sightline import', label: 'from the CLI' },
      ]);
      expect(rows[0].object_ids).toEqual([imported.data!.importSnapshot.id]);
      expect(rows[0].details.contentHash).toBe(imported.data!.importSnapshot.contentHash);
    }, 120_000);

    it('records creating and deleting sources and setting a credential, never the key', async () => {
      const secretKey = 'very-secret-odoo-key-123';
      const created = await as('admin', `mutation($input: CreateOdooSourceInput!) { createOdooSource(input: $input) { id } }`, {
        input: { name: 'audited', url: 'https://erp.example.com', database: 'prod', login: 'sightline', apiKey: secretKey },
      });
      const id = created.data!.createOdooSource.id;
      expect((await as('admin', `mutation($id: ID!) { setSourceCredential(sourceId: $id, apiKey: "another-secret-key-456") { id } }`, { id })).errors).toBeUndefined();
      expect((await as('admin', `mutation($id: ID!) { deleteSource(id: $id) }`, { id })).data).toEqual({ deleteSource: true });
      const rows = [...(await entries('default', 'source.create')), ...(await entries('default', 'credential.set')), ...(await entries('default', 'source.delete'))]
        .filter((e: any) => e.object_ids.includes(id));
      expect(rows.map((e: any) => [e.object_type, e.details.name, e.outcome])).toEqual([['Source', 'audited', 'success'], ['Source', 'audited', 'success'], ['Source', 'audited', 'success']]);
      expect(rows[0].details).toMatchObject({ url: 'https://erp.example.com', login: 'sightline' });
      const text = JSON.stringify(await queryRows(database.url, 'select * from audit.entry'));
      expect(text).not.toContain(secretKey);
      expect(text).not.toContain('another-secret-key-456');
    });

    it('records a refused x-sightline-tenant in the platform chain', async () => {
      const refused = await postGraphQL(platform.url, '{ me { name } }', {}, { ...bearer(tokens.auditor), 'x-sightline-tenant': 'acme' });
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const rows = await queryRows(database.url, `select actor, outcome, details from audit.entry where tenant_id is null and action = 'tenant.choose' order by seq`);
      expect(rows).toEqual([expect.objectContaining({ outcome: 'denied', details: expect.objectContaining({ requested: 'acme', method: 'token' }) })]);
    });

    it("records a revoked token's use in its tenant's chain, where the tenant's auditors read it", async () => {
      const token = await issueApiToken(database.url, 'viewer');
      const [row] = await queryRows(database.url, `select id from auth.api_token where prefix = $1`, [token.slice(0, 12)]);
      await queryRows(database.url, `update auth.api_token set revoked_at = now() where id = $1`, [row.id]);
      const refused = await postGraphQL(platform.url, '{ me { name } }', {}, bearer(token));
      expect(refused.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      const body = await as('auditor', `{ auditLog(filter: { actions: ["credential.use"] }, first: 50) { edges { node { outcome actor { id } details } } } }`);
      expect(body.errors).toBeUndefined();
      const failures = body.data!.auditLog.edges.map((e: any) => e.node).filter((n: any) => n.outcome === 'failure' && n.actor.id === row.id);
      expect(failures).toEqual([expect.objectContaining({ details: expect.objectContaining({ reason: 'API token revoked', prefix: token.slice(0, 12) }) })]);
      expect(JSON.stringify(failures)).not.toContain(token);
    });
  });

  describe('role assignments', () => {
    let officerLogin: string;
    let officerId: string;

    beforeAll(async () => {
      const authDb = await openAuthDatabase(database.url, 1);
      try {
        officerLogin = 'dpo@default.example';
        const officer = await new LocalUserService(authDb).create(officerLogin, 'Data protection officer');
        officerId = officer!.id;
        await new RoleAssignmentService(authDb).grant('user', officerId, tenants.default, 'privacy-officer', 'test');
      } finally {
        await authDb.destroy();
      }
    });

    it('refuses an admin taking away privacy-officer or auditor, as giving them is refused', async () => {
      for (const role of ['privacy-officer', 'auditor']) {
        const body = await as('admin', `mutation($p: String!, $r: String!) { revokeRole(input: { principalKind: "user", principal: $p, role: $r }) }`, { p: officerLogin, r: role });
        expect(body.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'input.role' });
      }
      const [held] = await queryRows(database.url, `select count(*)::int as n from auth.role_assignment where tenant_id = $1 and principal_id = $2`, [tenants.default, officerId]);
      expect(held.n).toBe(1);
    });

    it("refuses another tenant's admin a role for this tenant's user, with the error of a login that does not exist", async () => {
      const grant = (login: string) => as('acmeAdmin', `mutation($p: String!) { grantRole(input: { principalKind: "user", principal: $p, role: "viewer" }) }`, { p: login });
      const ours = await grant(officerLogin);
      const nobody = await grant('nobody@nowhere.example');
      expect(ours.errors?.[0].message).toBe(nobody.errors?.[0].message.replace('nobody@nowhere.example', officerLogin));
      expect(ours.errors?.[0].message).toMatch(/^input\.principal: no local user with login "dpo@default\.example" in this tenant/);
      const [acme] = await queryRows(database.url, `select count(*)::int as n from auth.role_assignment where tenant_id = $1`, [tenants.acme]);
      expect(acme.n).toBe(0);
    });
  });
});
