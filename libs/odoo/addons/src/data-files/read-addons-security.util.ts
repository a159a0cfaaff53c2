import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { SourceLocation } from '@sightline/odoo-model';
import type { AddonModule } from '../manifest/addon-module.type';
import { DependencyCycleError, type ManifestError } from '../manifest/manifest.error';
import { planAddonsTree, type AddonsTreePlan, type PlanAddonsTreeOptions } from '../load-order/plan-addons-tree.util';
import { AddonsReadError } from './addons-read.error';
import type { AddonsSecurityReading } from './addons-security-reading.type';
import { readCsvDataFile } from './csv/read-csv-data-file.util';
import { planDataFiles, type PlannedDataFile } from './data-file-plan.util';
import type { DataLoadEnv } from './data-load-env.type';
import { FileReporter } from './file.reporter';
import { buildAccessRecords } from './output/build-access-records.util';
import { buildGroups } from './output/build-groups.util';
import { buildUsers } from './output/build-users.util';
import { defaultUserGroupXmlids } from './output/default-user-group-xmlids.util';
import type { LocationReporter } from './output/location-reporter.type';
import { moduleInfos } from './output/module-infos.util';
import type { ReadAddonsOptions } from './read-addons-options.type';
import type { ReadProblem } from './read-problem.type';
import { ReadProblems } from './read-problems.collector';
import { SECURITY_MODEL_SPECS } from './records/models/security-models.registry';
import { RecordWriter } from './records/record.writer';
import { RefResolver, type TreeModules } from './records/ref.resolver';
import { SecurityDataStore } from './records/security-data.store';
import { seedKnownRecords } from './seed-known-records.util';
import { readXmlDataFile } from './xml/read-xml-data-file.util';

/**
 * Reads the security data of addon trees the way Odoo would install them: modules found in the
 * addons paths, the install set and load order, then every data file of each module in manifest
 * order (groups, privileges, categories, users, ACLs, record rules, `ir.access`).
 * @throws AddonsReadError in strict mode at the first error; ManifestError for an unusable addons path.
 */
export function readAddonsSecurity(options: ReadAddonsOptions, plan: AddonsTreePlan = planOrThrow(options)): AddonsSecurityReading {
  const problems = new ReadProblems(options.mode ?? 'strict');
  plan.errors.forEach((problem) => problems.error(manifestProblem(problem)));
  plan.warnings.forEach((problem) => problems.warn(manifestProblem(problem)));
  const { discovery, installSet, ordered } = plan;
  const files = planDataFiles(ordered, options.demo ?? false);
  const tree: TreeModules = {
    discovered: new Set(discovery.modules.keys()),
    installed: installSet.modules,
    withMissingFiles: new Set(files.filter((f) => !f.exists).map((f) => f.module.name)),
  };
  const store = new SecurityDataStore();
  seedKnownRecords(store, discovery.modules.values(), tree.installed);
  const env: DataLoadEnv = { store, writer: new RecordWriter(store, new RefResolver(store, tree, options.modelXmlIds), tree) };
  for (const file of files) readDataFile(file, options, problems, env);
  return buildReading(store, ordered, options, problems);
}

/** @throws AddonsReadError for a dependency cycle; ManifestError for an addons path that is not a directory. */
export function planOrThrow(options: PlanAddonsTreeOptions): AddonsTreePlan {
  try {
    return planAddonsTree(options);
  } catch (error) {
    if (error instanceof DependencyCycleError) throw new AddonsReadError([manifestProblem(error)]);
    throw error;
  }
}

function readDataFile(planned: PlannedDataFile, options: ReadAddonsOptions, problems: ReadProblems, env: DataLoadEnv): void {
  const context = { module: planned.module, file: planned.file, moduleFile: `${planned.module.name}/${planned.path}` };
  const reporter = new FileReporter(problems, context);
  if (!planned.exists) {
    const message = `listed in the manifest of '${planned.module.name}' but missing`;
    return options.missingFiles === 'error' ? reporter.error(message) : reporter.warn(message);
  }
  const kind = extname(planned.path).toLowerCase();
  if (kind !== '.xml' && kind !== '.csv') return reporter.warn(`${kind || 'extension-less'} data files are not read`);
  let text: string;
  try {
    text = readFileSync(planned.file, 'utf8');
  } catch (error) {
    return reporter.error(`cannot read: ${(error as Error).message}`);
  }
  if (kind === '.csv') return readCsvDataFile(text, reporter, env); // a CSV of another model is skipped there
  if (mentionsSecurityModel(text)) readXmlDataFile(text, reporter, env); // else views, menus, reports: nothing that decides access
}

const SECURITY_MODEL_NAMES = new RegExp([...SECURITY_MODEL_SPECS.keys()].map((model) => model.replace(/\./g, '\\.')).join('|'));

/** A record, `<delete>` or `<function>` of a security model names it in the file: one that names none is skipped unparsed. */
function mentionsSecurityModel(text: string): boolean {
  return SECURITY_MODEL_NAMES.test(text);
}

function buildReading(
  store: SecurityDataStore,
  ordered: readonly AddonModule[],
  options: ReadAddonsOptions,
  problems: ReadProblems,
): AddonsSecurityReading {
  const addonsPathOf = new Map(ordered.map((m) => [m.name, m.addonsPath] as const));
  const reporter = locationReporter(problems, addonsPathOf);
  const groups = buildGroups(store);
  return {
    odooVersion: options.odooVersion,
    addonsPaths: [...options.addonsPaths],
    modules: moduleInfos(ordered, options.odooVersion),
    groups,
    users: buildUsers(store, groups),
    ...buildAccessRecords(store, reporter),
    defaultUserGroupXmlids: defaultUserGroupXmlids(store, options.odooVersion),
    externalRefs: [...store.externalRefs].sort(),
    warnings: problems.warnings,
    errors: problems.errors,
  };
}

function locationReporter(problems: ReadProblems, addonsPathOf: ReadonlyMap<string, string>): LocationReporter {
  const problem = (location: SourceLocation | undefined, message: string): ReadProblem => {
    const module = location?.file.split('/')[0] ?? '';
    const file = location ? join(addonsPathOf.get(module) ?? '', location.file) : '';
    return { file, line: location?.line, message };
  };
  return {
    error: (location, message) => problems.error(problem(location, message)),
    warn: (location, message) => problems.warn(problem(location, message)),
  };
}

function manifestProblem(error: ManifestError): ReadProblem {
  return { file: error.file, line: error.line, column: error.column, message: error.reason };
}
