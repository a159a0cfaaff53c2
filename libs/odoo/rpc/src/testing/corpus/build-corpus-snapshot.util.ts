import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSnapshot, type ModuleInfo, type Snapshot } from '@sightline/odoo-model';
import { computeLoadIndexes } from '../../sync/compute-load-indexes.util';
import type { CorpusManifest } from './corpus-manifest.type';
import { corpusAcls } from './corpus-acls.util';
import { corpusCompanies } from './corpus-companies.util';
import { corpusDefaultUserGroups } from './corpus-default-user-groups.util';
import { corpusFields } from './corpus-fields.util';
import { corpusGroups } from './corpus-groups.util';
import { corpusModels } from './corpus-models.util';
import { corpusRules } from './corpus-rules.util';
import { CorpusSecurityData } from './corpus-security-data';
import { corpusUsers } from './corpus-users.util';
import { modelsByXmlName } from './models-by-xml-name.util';
import { readCorpusManifests } from './read-corpus-manifests.util';
import { readXmlRecords } from './read-xml-records.util';
import { resolveInstallSet } from './resolve-install-set.util';

export interface CorpusSnapshotOptions {
  /** The corpus root (`test/fixtures/odoo-corpus`). */
  readonly corpusDir: string;
  readonly odooVersion: '17.0' | '18.0' | '19.0';
  /** Modules to install; their dependencies and auto-install modules come along. */
  readonly modules: readonly string[];
}

/**
 * A snapshot of what a database with these modules holds, read from the corpus's real data files
 * (groups, users, categories, privileges, ACLs, rules, models, fields with groups). A test
 * stand-in for the odoo-addons reader: demo files are skipped, `<function>`/`<delete>` ignored.
 */
export function buildCorpusSnapshot(options: CorpusSnapshotOptions): Snapshot {
  const versionDir = join(options.corpusDir, options.odooVersion);
  const major = Number.parseInt(options.odooVersion, 10);
  const manifests = readCorpusManifests(join(versionDir, 'addons'));
  const installed = resolveInstallSet(options.modules, manifests);
  const modules = moduleInfos(installed, manifests, options.odooVersion);
  const modelsCsv = readFileSync(join(versionDir, 'models.csv'), 'utf8');
  const data = new CorpusSecurityData(modelsByXmlName(modelsCsv));
  for (const module of modules) loadModuleFiles(data, join(versionDir, 'addons', module.name), manifests.get(module.name)!);
  const groups = corpusGroups(data, major);
  const companies = corpusCompanies(data);
  const models = corpusModels(modelsCsv, installed);
  return createSnapshot({
    meta: {
      odooVersion: options.odooVersion,
      source: { kind: 'addons', description: `odoo-corpus ${options.odooVersion}: ${options.modules.join(', ')}` },
      createdAt: '2025-01-01T00:00:00Z',
      modules,
      warnings: [],
    },
    groups,
    users: corpusUsers(data, groups, companies, major),
    companies,
    models,
    fields: corpusFields(readFileSync(join(versionDir, 'effective-field-groups.csv'), 'utf8'), models, installed),
    acls: corpusAcls(data),
    rules: corpusRules(data),
    defaultUserGroupXmlids: corpusDefaultUserGroups(data, major),
  });
}

function moduleInfos(installed: ReadonlySet<string>, manifests: ReadonlyMap<string, CorpusManifest>, serie: string): ModuleInfo[] {
  const depends = new Map([...installed].map((name) => [name, [...(manifests.get(name)!.depends ?? [])]]));
  const indexes = computeLoadIndexes(depends);
  return [...indexes].map(([name, loadIndex]) => {
    const manifest = manifests.get(name)!;
    const auto = manifest.auto_install ?? false;
    return { name, version: adaptVersion(manifest.version ?? '1.0', serie), depends: depends.get(name)!, autoInstall: Array.isArray(auto) ? [...auto] : auto === true, loadIndex };
  });
}

/** Odoo's `adapt_version`: manifest versions are prefixed with the series (`1.1` → `17.0.1.1`). */
function adaptVersion(version: string, serie: string): string {
  return version === serie || version.startsWith(`${serie}.`) ? version : `${serie}.${version}`;
}

function loadModuleFiles(data: CorpusSecurityData, moduleDir: string, manifest: CorpusManifest): void {
  const kept = new Set(manifest.security_files ?? []);
  for (const file of (manifest.data ?? []).filter((f) => kept.has(f))) {
    const text = readFileSync(join(moduleDir, file), 'utf8');
    const path = `${manifest.name}/${file}`;
    if (file.endsWith('.csv')) {
      if (file.split('/').pop()!.startsWith('ir.model.access')) data.applyAccessCsv(text, manifest.name);
    } else for (const record of readXmlRecords(text, path)) data.applyRecord(record, manifest.name, path);
  }
}
