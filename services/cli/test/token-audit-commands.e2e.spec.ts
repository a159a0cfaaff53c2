import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, queryRows } from '@sightline/platform-db/testing';
import type { TestDatabase } from '@sightline/platform-db/testing';
import { postGraphQL } from '@sightline/platform-http/testing';
import { servePlatform } from '../src/commands/serve.command';
import type { RunningPlatform } from '../src/commands/serve.command';
import { bearer } from './api-token.test-util';
import { runCliAsync } from './run-cli.test-util';

describe('operator commands: sightline token, user and audit', () => {
  let database: TestDatabase;
  let platform: RunningPlatform;
  let dataDir: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataDir = mkdtempSync(join(tmpdir(), 'sightline-operator-'));
    chmodSync(dataDir, 0o755);
    env = {
      DATABASE_URL: database.url,
      SIGHTLINE_LOG_LEVEL: 'silent',
      SIGHTLINE_DATA_DIR: dataDir,
      SIGHTLINE_SECRET_KEY: randomBytes(32).toString('base64'),
      SIGHTLINE_AUDIT_SIGNING_KEY: randomBytes(32).toString('base64'),
    };
    platform = await servePlatform({ port: 0, announce: () => undefined }, env);
  }, 60_000);

  afterAll(async () => {
    await platform?.stop();
    await database?.dispose();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('creates a token printed once on stdout, lists and revokes it, and audits both', async () => {
    const created = await runCliAsync(['token', 'create', '--name', 'Grafana', '--role', 'auditor', '--expires-in', '90d'], env);
    expect(created.status).toBe(0);
    const token = created.stdout.trim();
    expect(token).toMatch(/^slt_[A-Za-z0-9_-]{43}$/);
    expect(created.stderr).toMatch(/with role auditor in tenant default, expiring 20\d\d-/);
    const me = await postGraphQL(platform.url, '{ me { kind roles } }', {}, bearer(token));
    expect(me.data).toEqual({ me: { kind: 'token', roles: ['auditor'] } });

    const listed = await runCliAsync(['token', 'list'], env);
    expect(listed.stdout).toContain(token.slice(0, 12));
    expect(listed.stdout).not.toContain(token.slice(12));
    const id = listed.stdout.split(/\s+/)[0];
    expect((await runCliAsync(['token', 'revoke', id], env)).status).toBe(0);
    expect((await postGraphQL(platform.url, '{ me { kind } }', {}, bearer(token))).errors?.[0].message).toBe('not authenticated: API token revoked');
    const again = await runCliAsync(['token', 'revoke', id], env);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(`no active API token ${id}`);

    const actions = await queryRows(database.url, `select action, actor ->> 'kind' as kind from audit.entry where action like 'token.%' order by seq`);
    expect(actions).toEqual([{ action: 'token.create', kind: 'system' }, { action: 'token.revoke', kind: 'system' }]);
  }, 60_000);

  it('creates local users and resets a lost password, ending the sessions the old one opened', async () => {
    const login = (password: string) => fetch(platform.url.replace('/graphql', '/auth/login'), {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login: 'alice', password }),
    });
    const created = await runCliAsync(['user', 'create', 'alice', '--name', 'Alice Auditor', '--role', 'auditor'], env);
    expect(created.status).toBe(0);
    const first = created.stdout.trim();
    const session = await login(first);
    expect(session.status).toBe(200);
    const cookie = session.headers.get('set-cookie')!.split(';')[0];
    expect((await postGraphQL(platform.url, '{ me { name roles } }', {}, { cookie })).data).toEqual({ me: { name: 'Alice Auditor', roles: ['auditor'] } });
    expect((await runCliAsync(['user', 'create', 'alice', '--name', 'Again', '--role', 'viewer'], env)).status).toBe(1);

    const reset = await runCliAsync(['user', 'reset-password', 'alice'], env);
    expect(reset.status).toBe(0);
    expect((await postGraphQL(platform.url, '{ me { name } }', {}, { cookie })).errors?.[0].message).toBe('not authenticated: session expired or unknown');
    expect((await login(first)).status).toBe(401);
    expect((await login(reset.stdout.trim())).status).toBe(200);
    expect((await runCliAsync(['user', 'reset-password', 'nobody'], env)).status).toBe(1);
    const actions = await queryRows(database.url, `select action from audit.entry where action like 'user.%' order by seq`);
    expect(actions.map((row) => row.action)).toEqual(['user.create', 'user.password-reset']);
  }, 60_000);

  it('refuses an unknown role naming the option', async () => {
    const result = await runCliAsync(['token', 'create', '--name', 'x', '--role', 'root'], env);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--role: expected one of admin, privacy-officer, reviewer, auditor, viewer, ci');
  }, 60_000);

  it('verifies an export offline with the public key, and keeps old checkpoints verifiable after a key rotation', async () => {
    const printed = await runCliAsync(['audit', 'public-key'], env);
    const publicKey = printed.stdout.trim();
    expect(printed.stderr).toMatch(/^key id [0-9a-f]{16}/);
    const file = join(dataDir, 'rotation.jsonl');
    expect((await runCliAsync(['audit', 'export', '-o', file], env)).status).toBe(0);
    const offline = await runCliAsync(['audit', 'verify', '--file', file, '--public-key', publicKey], {});
    expect(offline.stdout).toMatch(/intact, \d+ (entry|entries), [1-9]\d* signed checkpoints? verified/);
    const stranger = (await runCliAsync(['audit', 'public-key'], { ...env, SIGHTLINE_AUDIT_SIGNING_KEY: randomBytes(32).toString('base64') })).stdout.trim();
    const untrusted = await runCliAsync(['audit', 'verify', '--file', file, '--public-key', stranger], {});
    expect(untrusted.status).toBe(1);
    expect(untrusted.stdout).toContain('BROKEN');

    // A new signing key: the checkpoints the old one signed verify only while it stays trusted.
    const rotated = { ...env, SIGHTLINE_AUDIT_SIGNING_KEY: randomBytes(32).toString('base64') };
    expect((await runCliAsync(['audit', 'verify'], rotated)).status).toBe(1);
    const trusted = await runCliAsync(['audit', 'verify'], { ...rotated, SIGHTLINE_AUDIT_TRUSTED_KEYS: publicKey });
    expect(trusted.stdout).toMatch(/^audit log intact/);
    const badKey = await runCliAsync(['audit', 'verify'], { ...rotated, SIGHTLINE_AUDIT_TRUSTED_KEYS: 'bm90IGEga2V5' });
    expect(badKey.status).toBe(78);
    expect(badKey.stderr).toContain('SIGHTLINE_AUDIT_TRUSTED_KEYS: key 1: not a public key');
  }, 60_000);

  it('verifies the audit log, exports it, and names the first entry someone altered', async () => {
    const intact = await runCliAsync(['audit', 'verify'], env);
    expect(intact.stdout).toMatch(/^audit log intact \(all chains\): \d+ (entry|entries), \d+ signed checkpoints? verified/);
    expect(intact.status).toBe(0);

    const file = join(dataDir, 'audit.jsonl');
    expect((await runCliAsync(['audit', 'export', '--tenant', 'default', '-o', file], env)).status).toBe(0);
    const lines = readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
    expect(lines[0]).toMatchObject({ type: 'header', format: 'sightline-audit-export/1' });
    expect(lines.filter((line) => line.type === 'checkpoint').length).toBeGreaterThan(0);

    // Someone with the database owner's rights edits history behind the triggers' back.
    const [victim] = await queryRows(database.url, `select seq from audit.entry where action = 'token.create'`);
    await queryRows(database.url, `
      alter table audit.entry disable trigger entry_no_update_delete;
      update audit.entry set details = '{"role":"viewer"}' where action = 'token.create';
      alter table audit.entry enable trigger entry_no_update_delete;`);
    const broken = await runCliAsync(['audit', 'verify', '--tenant', 'default'], env);
    expect(broken.status).toBe(1);
    expect(broken.stdout).toContain(`audit log BROKEN (tenant default) at entry ${victim.seq}`);
    const officer = (await runCliAsync(['token', 'create', '--name', 'dpo', '--role', 'auditor'], env)).stdout.trim();
    const viaApi = await postGraphQL(platform.url, '{ auditLogVerification { ok firstBrokenSeq reason } }', {}, bearer(officer));
    expect(viaApi.data!.auditLogVerification).toMatchObject({ ok: false, firstBrokenSeq: String(victim.seq) });
  }, 60_000);

  it('refuses deleting or truncating the log, even to the database owner', async () => {
    await expect(queryRows(database.url, `delete from audit.entry`)).rejects.toThrow(/append-only/);
    await expect(queryRows(database.url, `truncate audit.entry`)).rejects.toThrow(/append-only/);
  }, 60_000);
});
