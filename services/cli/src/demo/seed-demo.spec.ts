import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { openInventoryDatabase } from '@sightline/inventory';
import { createTestDatabase } from '@sightline/platform-db/testing';
import type { TestDatabase } from '@sightline/platform-db/testing';
import { createLogger } from '@sightline/platform-http';
import { seedDemo } from './seed-demo';
import { demoUsers, demoVersions } from './demo-install-set';

describe('seedDemo', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let dataDir: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await openInventoryDatabase(database.url);
    dataDir = mkdtempSync(join(tmpdir(), 'sightline-demo-'));
    chmodSync(dataDir, 0o755);
  }, 60_000);

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.dispose();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('stores one snapshot per Odoo version, read from the published tree unpacked under the data directory, with a generated organisation', async () => {
    expect(await seedDemo(dataSource, dataDir, createLogger(process.env.DEMO_LOG ? 'info' : 'silent'))).toBe(demoVersions.length);
    for (const version of demoVersions) {
      // The layout a newcomer points the CLI at: .sightline/demo/<version>/addons and …/odoo/addons.
      expect(existsSync(join(dataDir, 'demo', version, 'addons', 'hr', '__manifest__.py'))).toBe(true);
      expect(existsSync(join(dataDir, 'demo', version, 'odoo', 'addons', 'base', '__manifest__.py'))).toBe(true);
      expect(readFileSync(join(dataDir, 'demo', version, 'odoo', 'release.py'), 'utf8')).toContain(`version_info = (${version.replace('.', ', ')}`);
    }
    const rows: Array<{ odoo_version: string; label: string; users: number; groups: number; acls: number }> = await dataSource.query(
      `select odoo_version, label, (counts->>'users')::int as users, (counts->>'groups')::int as groups, (counts->>'acls')::int as acls
       from inventory.snapshot order by odoo_version`,
    );
    expect(rows.map((r) => r.odoo_version)).toEqual([...demoVersions]);
    for (const row of rows) {
      expect(row.label).toBe(`Demo: stock Odoo ${row.odoo_version}, ${demoUsers} generated users`);
      expect(row.users).toBeGreaterThanOrEqual(demoUsers);
      expect(row.groups).toBeGreaterThan(50);
      expect(row.acls).toBeGreaterThan(500);
    }
    const [{ implied }] = await dataSource.query(
      `select count(*)::int as implied from inventory.snapshot_implication i join inventory.snapshot s on s.id = i.snapshot_id
       where s.odoo_version = '17.0' and i.group_xmlid = 'hr_timesheet.group_timesheet_manager' and i.implied_xmlid = 'hr.group_hr_user'`,
    );
    expect(implied).toBe(1);
  }, 300_000); // unpacks and reads three whole trees

  it('leaves a database that already has snapshots alone', async () => {
    expect(await seedDemo(dataSource, dataDir, createLogger('silent'))).toBe(0);
  });
});
