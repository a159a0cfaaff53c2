import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { corpusModuleNames, generateOrganisation, materializeCorpusTree } from '@sightline/odoo-corpus';
import type { CorpusVersion } from '@sightline/odoo-corpus';
import { readAddonsInWorker, storeSnapshot } from '@sightline/inventory';
import type { Logger } from '@sightline/platform-http';
import { demoApps, demoJobRoles, demoUsers, demoVersions } from './demo-install-set';

/**
 * Seeds the default tenant of an empty database with demo data built on the real Odoo corpus: for
 * each version, the stock addon tree (written under the data directory once) read with the real
 * reader, plus a generated organisation of users, employees and departments.
 */
export async function seedDemo(dataSource: DataSource, dataDir: string, logger: Logger): Promise<number> {
  const [{ count }] = await dataSource.query(
    `select count(*)::int as count from inventory.snapshot s join inventory.tenant t on t.id = s.tenant_id where t.slug = 'default'`,
  );
  if (count > 0) return 0;
  for (const version of demoVersions) {
    const started = Date.now();
    const addonsPath = demoTree(join(dataDir, 'demo', version), version);
    const materialised = Date.now();
    const installable = new Set(corpusModuleNames(version));
    // On a worker thread: the server answers requests while the demo is being built.
    const snapshot = await readAddonsInWorker({
      addonsPaths: [addonsPath],
      odooVersion: version,
      install: demoApps.filter((app) => installable.has(app)),
      mode: 'lenient',
      description: `stock Odoo ${version} (demo)`,
    });
    const organisation = generateOrganisation(snapshot, { users: demoUsers, seed: 2026, jobRoles: demoJobRoles });
    const read = Date.now();
    await storeSnapshot(dataSource, {
      tenantSlug: 'default',
      snapshot: organisation,
      label: `Demo: stock Odoo ${version}, ${demoUsers} generated users`,
    });
    const timings = { materialiseMs: materialised - started, readMs: read - materialised, storeMs: Date.now() - read };
    logger.info({ version, ...timings }, 'demo snapshot stored');
  }
  return demoVersions.length;
}

function demoTree(root: string, version: CorpusVersion): string {
  const addonsPath = join(root, 'addons');
  return existsSync(addonsPath) ? addonsPath : materializeCorpusTree(version, { root }).addonsPath;
}
