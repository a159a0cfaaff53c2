import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSnapshot } from '@sightline/odoo-model';
import type { Group, Snapshot } from '@sightline/odoo-model';
import { createTestDatabase, queryRows } from '@sightline/platform-db/testing';
import { runCli } from './run-cli.test-util';

function group(xmlid: string, implied: string[] = []): Group {
  return { xmlid, name: xmlid, module: xmlid.split('.')[0], category: null, privilege: null, impliedXmlids: implied, share: false, comment: null, userType: null };
}

function snapshotWith(groups: Group[]): Snapshot {
  return createSnapshot({
    meta: { odooVersion: '18.0', source: { kind: 'addons', description: 'test' }, createdAt: '2026-11-23T00:00:00Z', modules: [], warnings: [] },
    groups,
  });
}

describe('sightline diff and import (built)', () => {
  let dir: string;
  const file = (name: string) => join(dir, name);

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sightline-cli-'));
    await writeFile(file('a.json'), JSON.stringify(snapshotWith([group('hr.group_hr_user')])));
    await writeFile(file('b.json'), JSON.stringify(snapshotWith([group('hr.group_hr_user'), group('hr_holidays.group_hr_holidays_user', ['hr.group_hr_user'])])));
    await writeFile(file('broken.json'), JSON.stringify({ ...snapshotWith([]), groups: [{ xmlid: 42 }] }));
  });

  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('diff exits 1 and lists what changed', () => {
    const result = runCli(['diff', file('a.json'), file('b.json')]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe(
      'groups (1 added):\n  + hr_holidays.group_hr_holidays_user\n\nimplications (1 added):\n  + hr_holidays.group_hr_holidays_user -> hr.group_hr_user\n',
    );
  });

  it('diff exits 0 for identical snapshots and prints JSON on request', () => {
    const result = runCli(['diff', file('a.json'), file('a.json'), '--format', 'json']);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).groups).toEqual([]);
  });

  it('exits 3 naming the file and the JSON path of a bad snapshot', () => {
    const result = runCli(['diff', file('a.json'), file('broken.json')]);
    expect(result.status).toBe(3);
    expect(result.stderr).toContain(`${file('broken.json')}: $.groups[0]`);
    const missing = runCli(['diff', file('a.json'), file('nope.json')]);
    expect(missing.status).toBe(3);
    expect(missing.stderr.trim()).toBe(`sightline: ${file('nope.json')}: cannot read (ENOENT)`);
  });

  it('import stores the snapshot in the database', async () => {
    const database = await createTestDatabase();
    try {
      const result = runCli(['import', file('b.json'), '--label', 'upgrade candidate'], { DATABASE_URL: database.url, SIGHTLINE_LOG_LEVEL: 'silent' });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/^imported .*b\.json as snapshot [0-9a-f-]{36} \(sha256 [0-9a-f]{64}\)\n$/);
      const rows = await queryRows(database.url, 'select label, (select count(*)::int from inventory.snapshot_implication) as links from inventory.snapshot');
      expect(rows).toEqual([{ label: 'upgrade candidate', links: 1 }]);
    } finally {
      await database.dispose();
    }
  }, 60_000);
});
