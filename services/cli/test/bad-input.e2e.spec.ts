import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase } from '@sightline/platform-db/testing';
import type { TestDatabase } from '@sightline/platform-db/testing';
import { writeMiniOdoo } from './mini-odoo.test-util';
import { runCliAsync } from './run-cli.test-util';

/**
 * Bad input to any command (a missing file, a path that is no directory, an unwritable --out, a bad
 * option value) is one line on stderr naming it and an exit code, never "unexpected error" with a
 * stack trace (those are for bugs).
 */
function expectOneLineFailure(result: { status: number | null; stderr: string }, status: number, message: RegExp): void {
  expect(result.stderr).not.toContain('unexpected error');
  expect(result.stderr).not.toMatch(/^\s+at /m);
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(result.stderr).toMatch(message);
  expect(result.status).toBe(status);
}

describe('bad input: one line and an exit code, no stack trace', () => {
  let work: string;
  let addons: string[];
  const missingDir = () => join(work, 'no-such-dir');

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'sightline-bad-input-'));
    addons = writeMiniOdoo(join(work, 'odoo'));
  });

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  describe('sync', () => {
    // Nothing listens on port 9: the command must fail on its arguments before connecting.
    const sync = (extra: string[]) =>
      runCliAsync(['sync', '--url', 'http://127.0.0.1:9', '--db', 'prod', '--login', 'sightline', '--api-key-env', 'ODOO_KEY', ...extra], { ODOO_KEY: 'k' });

    it('fails on an --addons path that does not exist like snapshot does (exit 3)', async () => {
      const missing = join(work, 'no-such-addons');
      const synced = await sync(['--addons', missing]);
      expectOneLineFailure(synced, 3, new RegExp(`^sightline: ${missing}: addons path is not a directory`));
      const snapshot = await runCliAsync(['snapshot', '--addons', missing]);
      expect({ status: snapshot.status, stderr: snapshot.stderr }).toEqual({ status: synced.status, stderr: synced.stderr });
    }, 60_000);

    it('fails on an --addons path that is not an Odoo tree (exit 3)', async () => {
      expectOneLineFailure(await sync(['--addons', work]), 3, /^sightline: .*cannot tell the Odoo version/);
    }, 60_000);

    it.each([
      ['erp.example.com', /^sightline: --url: the Odoo URL is not a valid absolute URL$/m],
      ['ftp://erp.example.com', /^sightline: --url: the Odoo URL must be http or https/],
    ])('refuses --url %s (exit 2)', async (url, message) => {
      const result = await runCliAsync(['sync', '--url', url, '--db', 'prod', '--login', 'x', '--api-key-env', 'ODOO_KEY'], { ODOO_KEY: 'k' });
      expectOneLineFailure(result, 2, message);
    }, 60_000);
  });

  it('snapshot --out into a missing directory: exit 3 naming the file', async () => {
    const out = join(missingDir(), 'snapshot.json');
    const result = await runCliAsync(['snapshot', '--addons', ...addons, '--out', out]);
    expectOneLineFailure(result, 3, new RegExp(`^sightline: ${out}: ENOENT: no such file or directory \\(open\\)$`, 'm'));
  }, 60_000);

  it('check --baseline-write into a missing directory: exit 3 naming the file', async () => {
    const out = join(missingDir(), 'baseline.json');
    const result = await runCliAsync(['check', '--addons', ...addons, '--baseline-write', out]);
    expectOneLineFailure(result, 3, new RegExp(`^sightline: ${out}: ENOENT`));
  }, 60_000);

  it('diff of a missing file and of a directory: exit 3', async () => {
    expectOneLineFailure(await runCliAsync(['diff', join(work, 'a.json'), join(work, 'b.json')]), 3, /cannot read \(ENOENT\)/);
    expectOneLineFailure(await runCliAsync(['diff', work, work]), 3, /cannot read \(EISDIR\)/);
  }, 60_000);

  describe('on a database', () => {
    let database: TestDatabase;
    let env: Record<string, string>;
    let snapshotFile: string;

    beforeAll(async () => {
      database = await createTestDatabase();
      const dataDir = join(work, 'data');
      mkdirSync(dataDir);
      chmodSync(work, 0o755);
      env = {
        DATABASE_URL: database.url,
        SIGHTLINE_LOG_LEVEL: 'silent',
        SIGHTLINE_DATA_DIR: dataDir,
        SIGHTLINE_SECRET_KEY: randomBytes(32).toString('base64'),
        SIGHTLINE_AUDIT_SIGNING_KEY: randomBytes(32).toString('base64'),
      };
      snapshotFile = join(work, 'mini.json');
      const snapshot = await runCliAsync(['snapshot', '--addons', ...addons, '--out', snapshotFile]);
      expect(snapshot.status).toBe(0);
    }, 60_000);

    afterAll(async () => {
      await database?.dispose();
    });

    it('import --tenant of a tenant that does not exist: exit 2', async () => {
      const result = await runCliAsync(['import', snapshotFile, '--tenant', 'nosuch'], env);
      expectOneLineFailure(result, 2, /^sightline: --tenant: tenant nosuch does not exist/);
    }, 60_000);

    it('audit export --output into a missing directory or onto an existing file: exit 3', async () => {
      const missing = join(missingDir(), 'audit.jsonl');
      expectOneLineFailure(await runCliAsync(['audit', 'export', '--output', missing], env), 3, new RegExp(`^sightline: ${missing}: cannot create \\(ENOENT\\)`));
      const existing = join(work, 'existing.jsonl');
      writeFileSync(existing, 'keep me\n');
      expectOneLineFailure(await runCliAsync(['audit', 'export', '--output', existing], env), 3, /exists \(an export is never overwritten\)/);
    }, 60_000);

    it('audit verify counts in the singular and plural ("1 signed checkpoint")', async () => {
      const exported = await runCliAsync(['audit', 'export', '--output', join(work, 'audit.jsonl')], env);
      expect(exported.status).toBe(0);
      const verified = await runCliAsync(['audit', 'verify'], env);
      expect(verified.status).toBe(0);
      expect(verified.stdout).toMatch(/^audit log intact \(all chains\): (1 entry|\d+ entries), (1 signed checkpoint|\d+ signed checkpoints) verified/);
      expect(verified.stdout).not.toMatch(/\b1 (entries|signed checkpoints)\b/);
    }, 60_000);
  });
});
