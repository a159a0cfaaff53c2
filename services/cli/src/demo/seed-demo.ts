import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { extractOdooTreeAsync, generateOrganisation } from '@sightline/odoo-corpus';
import { MANIFEST_FILE } from '@sightline/odoo-addons';
import { readAddonsInWorker, storeSnapshot } from '@sightline/inventory';
import type { Logger } from '@sightline/platform-http';
import { demoApps, demoJobRoles, demoUsers, demoVersions } from './demo-install-set';

/**
 * Seeds the default tenant of an empty database with demo data built on the published Odoo trees:
 * for each version, the stock source tree the repository carries (unpacked once into
 * `<dataDir>/demo/<version>`, so `.sightline/demo/18.0/addons .sightline/demo/18.0/odoo/addons` is
 * a tree to point the CLI at) read with the real reader, plus a generated organisation of users,
 * employees and departments.
 */
export async function seedDemo(dataSource: DataSource, dataDir: string, logger: Logger): Promise<number> {
  const [{ count }] = await dataSource.query(
    `select count(*)::int as count from inventory.snapshot s join inventory.tenant t on t.id = s.tenant_id where t.slug = 'default'`,
  );
  if (count > 0) return 0;
  for (const version of demoVersions) {
    const started = Date.now();
    const tree = await extractOdooTreeAsync(version, join(dataDir, 'demo')); // tar in a child process: the server keeps answering
    const unpacked = Date.now();
    const present = (app: string) => tree.addonsPaths.some((path) => existsSync(join(path, app, MANIFEST_FILE)));
    // On a worker thread: the server answers requests while the demo is being built.
    const snapshot = await readAddonsInWorker({
      addonsPaths: [...tree.addonsPaths],
      odooVersion: version,
      install: demoApps.filter(present),
      description: `stock Odoo ${version} (demo)`,
    });
    const organisation = generateOrganisation(snapshot, { users: demoUsers, seed: 2026, jobRoles: demoJobRoles });
    const read = Date.now();
    await storeSnapshot(dataSource, {
      tenantSlug: 'default',
      snapshot: organisation,
      label: `Demo: stock Odoo ${version}, ${demoUsers} generated users`,
    });
    const timings = { unpackMs: unpacked - started, readMs: read - unpacked, storeMs: Date.now() - read };
    logger.info({ version, addonsPaths: tree.addonsPaths, ...timings }, 'demo snapshot stored');
  }
  return demoVersions.length;
}
