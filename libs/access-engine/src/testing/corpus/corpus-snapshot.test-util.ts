import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Snapshot } from '@sightline/odoo-model';
import { createSnapshot } from '@sightline/odoo-model';
import { allApplicationModules, loadOrder, readManifests } from './corpus-modules.test-util';
import { classify, modelNames, readFields, readModels } from './corpus-models.test-util';
import { LoadState, loadModule } from './corpus-records.test-util';

/** `test/fixtures/odoo-corpus` of the workspace, found upwards (from the sources or from the compiled benchmark). */
export const CORPUS_DIR = findUpwards(__dirname, join('test', 'fixtures', 'odoo-corpus'));

function findUpwards(from: string, relative: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, relative))) return join(dir, relative);
    if (dirname(dir) === dir) throw new Error(`${relative} not found above ${from}`);
  }
}

export type CorpusVersion = '17.0' | '18.0' | '19.0';

/**
 * A snapshot of the security data of some corpus modules (and their dependencies and auto-installed
 * modules), read the way Odoo loads them: groups, implications and `users` links from the XML
 * records, ACLs from the CSVs (and XML), rules from the XML, new-user defaults, models from
 * models.csv, field groups from effective-field-groups.csv. Demo data is not loaded. A test helper:
 * the real reader is `@sightline/odoo-addons`.
 *
 * Known limits: effective field groups are those of the whole tree (a field redefined by a module
 * outside the install set keeps that module's groups); `<function>`/`<delete>` are not run.
 */
export function corpusSnapshot(version: CorpusVersion, roots: readonly string[] | 'all'): Snapshot {
  const dir = join(CORPUS_DIR, version);
  const manifests = readManifests(dir);
  const order = loadOrder(manifests, roots === 'all' ? allApplicationModules(manifests) : roots);
  const state = new LoadState(version, modelNames(dir));
  for (const module of order) loadModule(dir, module, manifests.get(module)!, state);
  const installed = new Set(order);
  const fields = readFields(dir, installed);
  return createSnapshot({
    meta: {
      odooVersion: version,
      source: { kind: 'addons', description: `odoo-corpus ${version}: ${order.length} modules` },
      createdAt: '2025-01-01T00:00:00Z',
      modules: order.map((name, loadIndex) => ({ name, version: null, depends: manifests.get(name)!.depends, autoInstall: false, loadIndex })),
      warnings: [],
    },
    groups: state.groupList(),
    users: state.userList(),
    models: readModels(dir, installed, version),
    fields,
    acls: state.acls,
    rules: state.rules,
    defaultUserGroupXmlids: state.defaults(),
    classifications: classify(fields, installed),
  });
}
