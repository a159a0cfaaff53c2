import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readAddonsSnapshot } from '@sightline/odoo-addons';
import { generateOrganisation, realOdooTree } from '@sightline/odoo-corpus';
import { parseSnapshot } from '@sightline/odoo-model';
import { startOdooTestServer } from '@sightline/odoo-rpc/testing';
import type { OdooTestServer } from '@sightline/odoo-rpc/testing';
import { runCliAsync } from './run-cli.test-util';

describe('sightline sync (built) against an Odoo-compatible server', () => {
  let odoo: OdooTestServer;
  let work: string;
  let login: string;

  beforeAll(async () => {
    const reading = readAddonsSnapshot({ addonsPaths: realOdooTree('18.0').addonsPaths, odooVersion: '18.0', install: ['hr'] }).snapshot;
    const organisation = generateOrganisation(reading, { users: 60, seed: 11 });
    login = organisation.users.find((u) => u.active && u.userType === 'internal' && u.id !== null && u.id > 2)!.login!;
    odoo = await startOdooTestServer({ snapshot: organisation, credentials: { login } });
    work = mkdtempSync(join(tmpdir(), 'sightline-sync-cli-'));
  }, 120_000);

  afterAll(async () => {
    await odoo?.close();
    rmSync(work, { recursive: true, force: true });
  });

  const sync = (apiKey: string, extra: string[] = []) =>
    runCliAsync(['sync', '--url', odoo.url, '--db', 'sightline', '--login', login, '--api-key-env', 'ODOO_KEY', ...extra], { ODOO_KEY: apiKey });

  it.each(['jsonrpc', 'xmlrpc'])('writes a valid live snapshot over %s, with progress on stderr', async (protocol) => {
    const out = join(work, `${protocol}.json`);
    const result = await sync(odoo.credentials.apiKey, ['--protocol', protocol, '--out', out]);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('reading res.users');
    expect(result.stderr).toMatch(/synced Odoo 18\.0 "sightline": \d+ users, \d+ groups/);
    const parsed = parseSnapshot(readFileSync(out, 'utf8'));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.snapshot.meta.source.kind).toBe('live');
      expect(parsed.snapshot.users.length).toBeGreaterThanOrEqual(60);
      expect(parsed.snapshot.fields.every((f) => f.groupsSource === 'catalog' || f.groupsSource === 'none')).toBe(true);
    }
  }, 60_000);

  it('fails with exit 69 on a wrong API key, never printing it', async () => {
    const result = await sync('definitely-wrong-key');
    expect(result.status).toBe(69);
    expect(result.stderr).toMatch(/^sightline: http:\/\/127\.0\.0\.1:\d+: .*authent/im);
    expect(result.stderr + result.stdout).not.toContain('definitely-wrong-key');
  }, 60_000);

  it('exits 2 when the API key variable is not set', async () => {
    const result = await runCliAsync(['sync', '--url', odoo.url, '--db', 'sightline', '--login', login, '--api-key-env', 'NOT_SET']);
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe('sightline: --api-key-env: NOT_SET is not set or empty');
  });
});
