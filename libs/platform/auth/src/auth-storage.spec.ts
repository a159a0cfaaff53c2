import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { openServiceDatabase } from '@sightline/platform-db';
import { createTestDatabase } from '@sightline/platform-db/testing';
import type { TestDatabase } from '@sightline/platform-db/testing';
import { authMigrations, authSchema } from './auth-database';
import { ApiTokenService } from './api-token.service';
import { LocalUserService } from './local-user.service';
import { RoleAssignmentService } from './role-assignment.service';

describe('API tokens, local users and role assignments (PostgreSQL)', () => {
  let database: TestDatabase;
  let db: DataSource;
  let client: Client;
  let tokens: ApiTokenService;
  const tenant = randomUUID();

  beforeAll(async () => {
    database = await createTestDatabase();
    db = await openServiceDatabase({ url: database.url, schema: authSchema, entities: [], migrations: authMigrations });
    tokens = new ApiTokenService(db);
    client = new Client({ connectionString: database.url });
    await client.connect();
  }, 60_000);

  afterAll(async () => {
    await client?.end();
    await db?.destroy();
    await database?.dispose();
  });

  it('creates a token shown once and stores only a salted scrypt hash of it', async () => {
    const { token, record } = await tokens.create({ tenantId: tenant, role: 'ci', name: 'GitHub Actions', createdBy: 'u-1' });
    expect(token).toMatch(/^slt_[A-Za-z0-9_-]{43}$/);
    expect(record).toMatchObject({ tenantId: tenant, role: 'ci', name: 'GitHub Actions', prefix: token.slice(0, 12), expiresAt: null, revokedAt: null });
    expect(JSON.stringify(record)).not.toContain(token.slice(12));
    const [row] = (await client.query('select * from auth.api_token where id = $1', [record.id])).rows;
    expect(row.hash).toMatch(/^scrypt\$/);
    expect(JSON.stringify(row)).not.toContain(token.slice(12));
    expect((await tokens.list(tenant)).map((t) => t.id)).toContain(record.id);
    expect(JSON.stringify(await tokens.list(tenant))).not.toContain('scrypt');
  });

  it('verifies a token into a principal of its tenant and role, and rejects lookalikes', async () => {
    const { token, record } = await tokens.create({ tenantId: tenant, role: 'viewer', name: 'dashboard' });
    const verified = await tokens.verify(token);
    expect(verified).toMatchObject({ ok: true, principal: { kind: 'token', id: record.id, name: 'dashboard', tenants: [{ tenantId: tenant, roles: ['viewer'] }] } });
    const flipped = token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A');
    expect(await tokens.verify(flipped)).toEqual({ ok: false, reason: 'unknown' });
    expect(await tokens.verify(`slt_${'A'.repeat(43)}`)).toEqual({ ok: false, reason: 'unknown' });
    expect(await tokens.verify('Bearer nonsense')).toEqual({ ok: false, reason: 'malformed' });
    const [row] = (await client.query('select last_used_at from auth.api_token where id = $1', [record.id])).rows;
    expect(row.last_used_at).not.toBeNull();
  });

  it('honours expiry and revocation, scoped to the tenant', async () => {
    const now = new Date();
    const soon = await tokens.create({ tenantId: tenant, role: 'ci', name: 'short', expiresAt: new Date(now.getTime() + 60_000) }, now);
    expect((await tokens.verify(soon.token, now)).ok).toBe(true);
    expect(await tokens.verify(soon.token, new Date(now.getTime() + 61_000))).toMatchObject({ ok: false, reason: 'expired', record: { id: soon.record.id, tenantId: soon.record.tenantId } });
    await expect(tokens.create({ tenantId: tenant, role: 'ci', name: 'past', expiresAt: new Date(now.getTime() - 1) }, now)).rejects.toThrow('must be in the future');
    await expect(tokens.create({ tenantId: tenant, role: 'root' as never, name: 'x' })).rejects.toThrow('unknown role');

    const revocable = await tokens.create({ tenantId: tenant, role: 'auditor', name: 'revoke me' });
    expect(await tokens.revoke(randomUUID(), revocable.record.id)).toBe(false);
    expect(await tokens.revoke(tenant, revocable.record.id)).toBe(true);
    expect(await tokens.revoke(tenant, revocable.record.id)).toBe(false);
    expect(await tokens.verify(revocable.token)).toMatchObject({ ok: false, reason: 'revoked', record: { id: revocable.record.id } });
  });

  it('creates the bootstrap admin once, with a random password returned only then', async () => {
    const users = new LocalUserService(db);
    const results = await Promise.all([users.ensureBootstrapAdmin({ tenantId: tenant }), users.ensureBootstrapAdmin({ tenantId: tenant })]);
    const created = results.filter((r) => r.created);
    expect(created).toHaveLength(1);
    expect(created[0].password).toMatch(/^[\w-]{24}$/);
    expect(results.find((r) => !r.created)).toEqual({ created: false, login: 'admin' });
    expect(await users.ensureBootstrapAdmin({ tenantId: tenant })).toEqual({ created: false, login: 'admin' });
    const [row] = (await client.query(`select password_hash from auth.local_user where login = 'admin'`)).rows;
    expect(row.password_hash).toMatch(/^scrypt\$32768\$/);
    expect(row.password_hash).not.toContain(created[0].password);

    const principal = await users.authenticate('admin', created[0].password!);
    expect(principal).toMatchObject({ kind: 'user', name: 'Bootstrap administrator', tenants: [{ tenantId: tenant, roles: ['admin'] }] });
    expect(await users.authenticate('admin', 'wrong')).toBeNull();
    expect(await users.authenticate('nobody', created[0].password!)).toBeNull();
  }, 30_000);

  it('grants and revokes roles per tenant', async () => {
    const assignments = new RoleAssignmentService(db);
    const other = randomUUID();
    expect(await assignments.grant('oidc', 'sub-1', tenant, 'reviewer', 'u-1')).toBe(true);
    expect(await assignments.grant('oidc', 'sub-1', tenant, 'reviewer', 'u-1')).toBe(false);
    await assignments.grant('oidc', 'sub-1', other, 'auditor');
    expect(await assignments.membershipsOf('oidc', 'sub-1')).toEqual(
      expect.arrayContaining([{ tenantId: tenant, roles: ['reviewer'] }, { tenantId: other, roles: ['auditor'] }]),
    );
    expect(await assignments.revoke('oidc', 'sub-1', tenant, 'reviewer')).toBe(true);
    expect(await assignments.membershipsOf('oidc', 'sub-1')).toEqual([{ tenantId: other, roles: ['auditor'] }]);
  });
});
