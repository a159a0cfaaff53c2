import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CryptoKey, JWTPayload } from 'jose' with { 'resolution-mode': 'import' };
import type { DataSource } from 'typeorm';
import { createTestDatabase, queryRows } from '@sightline/platform-db/testing';
import type { TestDatabase } from '@sightline/platform-db/testing';
import { postGraphQL } from '@sightline/platform-http/testing';
import { openInventoryDatabase, storeSnapshot } from '@sightline/inventory';
import { servePlatform } from '../src/commands/serve.command';
import type { RunningPlatform } from '../src/commands/serve.command';
import { bearer, issueApiToken } from './api-token.test-util';
import { adminKey, hrSnapshot } from './hr-snapshot.test-util';

type Jose = typeof import('jose', { with: { 'resolution-mode': 'import' } });

// Each role end to end through the gateway: what it may do, what it is refused, and what the audit log shows.
describe('access control through the gateway, per role', () => {
  let database: TestDatabase;
  let platform: RunningPlatform;
  let inventory: DataSource;
  let jwksServer: Server;
  let jose: Jose;
  let idpKey: CryptoKey;
  let password: string | undefined;
  let snapshotId: string;
  const issuer = 'https://idp.example.test/realms/acme';
  const token = {} as Record<'reviewer' | 'viewer' | 'auditor' | 'admin' | 'officer', string>;

  const as = (who: keyof typeof token, query: string, variables: Record<string, unknown> = {}) => postGraphQL(platform.url, query, variables, bearer(token[who]));
  const base = () => platform.url.replace('/graphql', '');
  const idpToken = (claims: JWTPayload) =>
    new jose.SignJWT({ iss: issuer, aud: 'sightline', sub: 'oidc-ada', name: 'Ada from the IdP', iat: Math.floor(Date.now() / 1000), exp: Math.floor(Date.now() / 1000) + 300, ...claims })
      .setProtectedHeader({ alg: 'ES256', kid: 'idp-1' })
      .sign(idpKey);

  beforeAll(async () => {
    jose = await import('jose');
    const pair = await jose.generateKeyPair('ES256');
    idpKey = pair.privateKey;
    const jwks = { keys: [{ ...(await jose.exportJWK(pair.publicKey)), kid: 'idp-1', alg: 'ES256', use: 'sig' }] };
    jwksServer = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(jwks)));
    await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
    database = await createTestDatabase();
    platform = await servePlatform({ port: 0, announce: (admin) => (password = admin.password) }, {
      SIGHTLINE_LOG_LEVEL: 'silent',
      DATABASE_URL: database.url,
      SIGHTLINE_SECRET_KEY: randomBytes(32).toString('base64'),
      SIGHTLINE_OIDC_ISSUER: issuer,
      SIGHTLINE_OIDC_AUDIENCE: 'sightline',
      SIGHTLINE_OIDC_JWKS_URL: `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}/jwks`,
      SIGHTLINE_OIDC_ROLE_MAPPING: 'dpo=privacy-officer,audit=auditor',
    });
    inventory = await openInventoryDatabase(database.url);
    snapshotId = (await storeSnapshot(inventory, { tenantSlug: 'default', snapshot: hrSnapshot(false), label: 'acme' })).id;
    token.reviewer = await issueApiToken(database.url, 'reviewer');
    token.viewer = await issueApiToken(database.url, 'viewer');
    token.auditor = await issueApiToken(database.url, 'auditor');
    token.admin = await issueApiToken(database.url, 'admin');
    token.officer = await issueApiToken(database.url, 'privacy-officer');
  }, 180_000);

  afterAll(async () => {
    await inventory?.destroy();
    await platform?.stop();
    await database?.dispose();
    await new Promise((resolve) => jwksServer?.close(resolve));
  });

  it('a reviewer cannot read the access data of an Odoo user outside their review items', async () => {
    const direct = await as('reviewer', `query($id: ID!, $key: String!) { userAccess(snapshotId: $id, userKey: $key) { login fields { totalCount } } }`, { id: snapshotId, key: adminKey });
    expect(direct.data).toBeNull();
    expect(direct.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN', field: 'userKey' } });
    const listed = await as('reviewer', `query($id: ID!) { exposure(snapshotId: $id) { totalCount } snapshot(id: $id) { users { totalCount } user(key: "${adminKey}") { login } } }`, { id: snapshotId });
    expect(listed.errors).toBeUndefined();
    expect(listed.data).toEqual({ exposure: { totalCount: 0 }, snapshot: { users: { totalCount: 0 }, user: null } });
    // Groups and policy are not personal data: the reviewer sees them.
    const groups = await as('reviewer', `query($id: ID!) { snapshot(id: $id) { groups { totalCount } } }`, { id: snapshotId });
    expect(groups.data!.snapshot.groups.totalCount).toBeGreaterThan(10);
  });

  it("a viewer cannot read an Odoo user's e-mail (login), and sees aggregates", async () => {
    const users = await as('viewer', `query($id: ID!) { snapshot(id: $id) { label counts { users } users { edges { node { login } } } } }`, { id: snapshotId });
    expect(users.errors).toHaveLength(1);
    expect(users.errors?.[0]).toMatchObject({ message: 'Snapshot.users: role viewer may not read OdooUser', path: ['snapshot', 'users'], extensions: { code: 'FORBIDDEN' } });
    // users is nullable: the refusal nulls that field only, the rest of the snapshot is there.
    expect(users.data).toEqual({ snapshot: { label: 'acme', counts: { users: expect.any(Number) }, users: null } });
    const members = await as('viewer', `query($id: ID!) { snapshot(id: $id) { label group(xmlid: "hr.group_hr_user") { name members { totalCount } } } }`, { id: snapshotId });
    expect(members.errors?.[0]).toMatchObject({ message: 'OdooGroup.members: role viewer may not read OdooUser', path: ['snapshot', 'group', 'members'] });
    expect(members.data).toEqual({ snapshot: { label: 'acme', group: { name: expect.any(String), members: null } } });
    const access = await as('viewer', `query($id: ID!) { userAccess(snapshotId: $id, userKey: "${adminKey}") { login } }`, { id: snapshotId });
    expect(access.errors?.[0]).toMatchObject({ message: 'Query.userAccess: role viewer may not read Exposure' });
    const aggregate = await as('viewer', `query($id: ID!) { groupExposure(snapshotId: $id, xmlid: "hr.group_hr_user") { fields { totalCount } } inventoryStatus { snapshotCount } }`, { id: snapshotId });
    expect(aggregate.errors).toBeUndefined();
    expect(aggregate.data!.groupExposure.fields.totalCount).toBeGreaterThan(0);
  }, 60_000);

  it('an admin manages sources and tokens but reads no exposure, and Odoo logins reach them masked', async () => {
    const exposure = await as('admin', `query($id: ID!) { exposure(snapshotId: $id) { totalCount } }`, { id: snapshotId });
    expect(exposure.errors?.[0]).toMatchObject({ message: 'Query.exposure: role admin may not read Exposure' });
    const user = await as('admin', `query($id: ID!) { snapshot(id: $id) { user(key: "${adminKey}") { key login name active } } }`, { id: snapshotId });
    expect(user.data).toEqual({ snapshot: { user: { key: adminKey, login: null, name: null, active: true } } });
    const created = await as('admin', `mutation { createApiToken(input: { name: "dashboard", role: "viewer" }) { token record { id role prefix } } }`);
    expect(created.data!.createApiToken.token).toMatch(/^slt_/);
    const revoked = await as('admin', `mutation($id: ID!) { revokeApiToken(id: $id) }`, { id: created.data!.createApiToken.record.id });
    expect(revoked.data).toEqual({ revokeApiToken: true });
    const refused = await postGraphQL(platform.url, '{ me { name } }', {}, bearer(created.data!.createApiToken.token));
    expect(refused.errors?.[0]).toMatchObject({ message: 'not authenticated: API token revoked', extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('an admin cannot hand out a role that reads what admins may not; a privacy officer can', async () => {
    const token = await as('admin', `mutation { createApiToken(input: { name: "back door", role: "privacy-officer" }) { token } }`);
    expect(token.errors?.[0]).toMatchObject({
      message: 'input.role: only a privacy officer may give the role privacy-officer (it reads personal data and the audit log)', extensions: { code: 'FORBIDDEN' },
    });
    const grant = await as('admin', `mutation { grantRole(input: { principalKind: "oidc", principal: "someone", role: "auditor" }) }`);
    expect(grant.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN', field: 'input.role' } });
    expect((await as('admin', `mutation { grantRole(input: { principalKind: "oidc", principal: "someone", role: "viewer" }) }`)).data).toEqual({ grantRole: true });
    expect((await as('officer', `mutation { grantRole(input: { principalKind: "oidc", principal: "someone", role: "auditor" }) }`)).data).toEqual({ grantRole: true });
    const roles = await queryRows(database.url, `select role from auth.role_assignment where principal_id = 'someone' order by role`);
    expect(roles.map((row) => row.role)).toEqual(['auditor', 'viewer']);
  });

  it('an auditor reads everything and the audit log, and changes nothing', async () => {
    const read = await as('auditor', `query($id: ID!) { userAccess(snapshotId: $id, userKey: "${adminKey}") { login } auditLogVerification { ok entries } }`, { id: snapshotId });
    expect(read.errors).toBeUndefined();
    expect(read.data!.userAccess.login).toBe('timesheet.admin@example.com');
    expect(read.data!.auditLogVerification.ok).toBe(true);
    const write = await as('auditor', `mutation { classifyField(input: { model: "hr.employee", field: "x_badge", categories: ["user.name"], subjects: ["employee"] }) { model } }`);
    expect(write.errors?.[0]).toMatchObject({ message: 'Mutation.classifyField: role auditor may not update Policy', extensions: { code: 'FORBIDDEN' } });
  });

  it("a privacy officer's reads of Odoo users' personal data are in the audit log, with the refusals of others", async () => {
    await as('officer', `query($id: ID!) { userAccess(snapshotId: $id, userKey: "${adminKey}") { login name } }`, { id: snapshotId });
    const log = await as('auditor', `{ auditLog(filter: { actions: ["personal-data.read", "authorization.check"] }, first: 50) { totalCount edges { node { action outcome objectType objectIds actor { kind } details } } } }`);
    const entries = log.data!.auditLog.edges.map((e: { node: Record<string, unknown> }) => e.node);
    // totalCount counts the filter's entries over all pages, like the other connections.
    expect(log.data!.auditLog.totalCount).toBe(entries.length);
    const firstPage = await as('auditor', `{ auditLog(filter: { actions: ["personal-data.read", "authorization.check"] }, first: 1) { totalCount edges { cursor } pageInfo { hasNextPage } } }`);
    expect(firstPage.data!.auditLog).toMatchObject({ totalCount: entries.length, edges: [expect.anything()], pageInfo: { hasNextPage: true } });
    expect(entries).toContainEqual(expect.objectContaining({
      action: 'personal-data.read', outcome: 'success', objectType: 'OdooUser', objectIds: [`${snapshotId}:${adminKey}`], details: expect.objectContaining({ fields: ['login', 'name'] }),
    }));
    expect(entries).toContainEqual(expect.objectContaining({ action: 'authorization.check', outcome: 'denied', details: expect.objectContaining({ field: 'Snapshot.users' }) }));
  }, 60_000);

  it('accepts OIDC tokens from the configured issuer, with roles from the claims, and refuses others', async () => {
    const jwt = await idpToken({ sightline_tenants: ['default'], sightline_roles: ['audit'] });
    const me = await postGraphQL(platform.url, '{ me { kind id name roles tenantSlug } }', {}, bearer(jwt));
    expect(me.data).toEqual({ me: { kind: 'oidc', id: 'oidc-ada', name: 'Ada from the IdP', roles: ['auditor'], tenantSlug: 'default' } });
    const wrongAudience = await postGraphQL(platform.url, '{ me { id } }', {}, bearer(await idpToken({ aud: 'another-app', sightline_tenants: ['default'], sightline_roles: ['dpo'] })));
    expect(wrongAudience.errors?.[0]).toMatchObject({ message: 'not authenticated: OIDC token wrong-audience', extensions: { code: 'UNAUTHENTICATED' } });
    const noRole = await postGraphQL(platform.url, '{ me { id } }', {}, bearer(await idpToken({ sightline_tenants: ['default'], sightline_roles: ['intern'] })));
    expect(noRole.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  });

  it('opens an httpOnly SameSite session for the bootstrap admin and refuses it cross-site', async () => {
    const wrong = await fetch(`${base()}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login: 'admin', password: 'nope' }) });
    expect(wrong.status).toBe(401);
    const form = await fetch(`${base()}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `login=admin&password=${password}` });
    expect(form.status).toBe(415);
    const login = await fetch(`${base()}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login: 'admin', password }) });
    expect(login.status).toBe(200);
    const setCookie = login.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    const cookie = setCookie.split(';')[0];
    const me = await postGraphQL(platform.url, '{ me { kind roles } }', {}, { cookie });
    expect(me.data).toEqual({ me: { kind: 'user', roles: ['admin', 'privacy-officer'] } });
    const crossSite = await postGraphQL(platform.url, '{ me { kind } }', {}, { cookie, origin: 'https://evil.example' });
    expect(crossSite.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    // A simple (preflight-free) request is what a cross-site form could send: Apollo's CSRF prevention refuses it.
    const simple = await fetch(`${platform.url}?query=${encodeURIComponent('{ me { kind } }')}`, { headers: { cookie } });
    expect(simple.status).toBe(400);
    const logout = await fetch(`${base()}/auth/logout`, { method: 'POST', headers: { 'content-type': 'application/json', cookie } });
    expect(logout.status).toBe(204);
    const after = await postGraphQL(platform.url, '{ me { kind } }', {}, { cookie });
    expect(after.errors?.[0]).toMatchObject({ message: 'not authenticated: session expired or unknown' });
    const logins = await queryRows(database.url, `select outcome from audit.entry where action = 'session.login' order by seq`);
    expect(logins.map((row) => row.outcome)).toEqual(['failure', 'success']);
  });

  it('audits refused credentials without the secret', async () => {
    const forged = `slt_${randomBytes(32).toString('base64url')}`;
    const body = await postGraphQL(platform.url, '{ me { id } }', {}, bearer(forged));
    expect(body.errors?.[0]).toMatchObject({ message: 'not authenticated: API token unknown' });
    const [entry] = await queryRows(database.url, `select actor, details, outcome, tenant_id from audit.entry where action = 'credential.use' and outcome = 'failure' order by seq desc limit 1`);
    expect(entry).toMatchObject({ outcome: 'failure', tenant_id: null, actor: { kind: 'token', id: forged.slice(0, 12) }, details: { reason: 'API token unknown' } });
    expect(JSON.stringify(entry)).not.toContain(forged.slice(12));
  });

  // Last: it exhausts this address's allowance of failed logins.
  it('slows password guessing: after five failed logins the next attempt is refused with Retry-After', async () => {
    const attempt = () => fetch(`${base()}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login: 'mallory', password: 'guess' }) });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await attempt()).status);
    expect(statuses).toEqual([401, 401, 401, 401]); // plus the wrong password of the session test: five from this address
    const refused = await attempt();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    const [entry] = await queryRows(database.url, `select outcome, details from audit.entry where action = 'session.login' order by seq desc limit 1`);
    expect(entry).toEqual({ outcome: 'denied', details: { reason: 'too many failed logins' } });
  });
});
