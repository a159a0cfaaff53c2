import { join } from 'node:path';
import type { FieldInfo, ModelInfo, OdooVersion, Snapshot } from '@sightline/odoo-model';
import { buildAddonsSnapshot } from './data-files/output/build-addons-snapshot.util';
import { planOrThrow, readAddonsSecurity } from './data-files/read-addons-security.util';
import type { ReadAddonsOptions } from './data-files/read-addons-options.type';
import type { AddonsSecurityReading } from './data-files/addons-security-reading.type';
import { detectOdooVersion } from './detect-odoo-version.util';
import type { ReadProblem } from './data-files/read-problem.type';
import type { AddonModule } from './manifest/addon-module.type';
import { ManifestError } from './manifest/manifest.error';
import { computeEffectiveFieldGroups } from './python-models/compute-effective-field-groups.util';
import type { EffectiveFieldGroups, EffectiveFieldGroupsResult } from './python-models/effective-field-groups.type';
import { computeIrModelXmlIds } from './python-models/ir-model-xml-ids.util';
import type { ModulePythonModels } from './python-models/python-model-class.type';
import { readModulePythonModels } from './python-models/read-module-python-models.util';

export interface ReadAddonsSnapshotOptions extends Omit<ReadAddonsOptions, 'modelXmlIds' | 'odooVersion'> {
  /** 17.0, 18.0, 19.0…; read from `odoo/release.py` beside `base` when absent. */
  readonly odooVersion?: OdooVersion;
  /** ISO 8601; defaults to now. */
  readonly createdAt?: string;
  readonly description?: string;
}

export interface AddonsSnapshot {
  readonly snapshot: Snapshot;
  readonly reading: AddonsSecurityReading;
  readonly fieldGroups: EffectiveFieldGroupsResult;
  /** The model classes of the installed modules, in load order (every field, protected or not). */
  readonly pythonModules: readonly ModulePythonModels[];
}

/**
 * Reads addon trees into a Snapshot: the installed modules' Python models (effective field groups,
 * `ir.model` XML ids) and their security data files, in Odoo's load order.
 * @throws ManifestError, AddonsReadError (strict mode), PythonSyntaxError — each naming file, line and cause.
 */
export function readAddonsSnapshot(options: ReadAddonsSnapshotOptions): AddonsSnapshot {
  const plan = planOrThrow(options);
  const odooVersion = options.odooVersion ?? detectOdooVersion(plan.discovery.modules);
  if (!odooVersion) {
    throw new ManifestError(options.addonsPaths.join(', '), 'cannot tell the Odoo version (no odoo/release.py beside base): give it explicitly');
  }
  const pythonModules = plan.ordered.map((m) => readModulePythonModels(m.dir, m.name));
  const fieldGroups = computeEffectiveFieldGroups(pythonModules);
  const security = readAddonsSecurity({ ...options, odooVersion, modelXmlIds: computeIrModelXmlIds(pythonModules) }, plan);
  const reading = { ...security, warnings: [...security.warnings, ...pythonWarnings(pythonModules, fieldGroups, plan.ordered)] };
  const snapshot = buildAddonsSnapshot(reading, {
    createdAt: options.createdAt ?? new Date().toISOString(),
    description: options.description,
    models: modelInfos(pythonModules, fieldGroups),
    fields: fieldGroups.fields.map(fieldInfo),
  });
  return { snapshot, reading, fieldGroups, pythonModules };
}

/** What the Python model reader could not follow, located in the addons path it was read from. */
function pythonWarnings(modules: readonly ModulePythonModels[], fieldGroups: EffectiveFieldGroupsResult, ordered: readonly AddonModule[]): ReadProblem[] {
  const dirOf = new Map(ordered.map((m) => [m.name, m.dir] as const));
  const diagnostics = [...modules.flatMap((m) => m.diagnostics ?? []), ...fieldGroups.diagnostics];
  return diagnostics.map(({ site, message }) => ({
    file: site ? join(dirOf.get(site.module) ?? site.module, site.file) : '',
    ...(site ? { line: site.line } : {}),
    message,
  }));
}

function modelInfos(modules: readonly ModulePythonModels[], result: EffectiveFieldGroupsResult): ModelInfo[] {
  const classes = modules.flatMap((m) => m.classes);
  return [...result.models.values()]
    .filter((model) => model.declaredBy)
    .map((model) => {
      const own = classes.filter((c) => c.name === model.name);
      const inherits = new Map(own.flatMap((c) => c.inherits));
      return {
        name: model.name,
        description: own.find((c) => c.description)?.description ?? null,
        kind: model.kind === 'TransientModel' || model.kind === 'AbstractModel' ? model.kind : model.abstract ? 'AbstractModel' : 'Model',
        module: model.declaredBy?.module ?? null,
        inherits: [...inherits].map(([parentModel, field]) => ({ parentModel, field })),
        source: model.declaredBy && { file: `${model.declaredBy.module}/${model.declaredBy.file}`, line: model.declaredBy.line },
      };
    });
}

function fieldInfo(field: EffectiveFieldGroups): FieldInfo {
  const groups = field.groups.noAccess ? [{ xmlid: '.', negated: false }] : field.groups.refs;
  return {
    model: field.model,
    name: field.field,
    type: field.type,
    related: field.related ?? null,
    groups,
    groupsSource: field.inheritedFrom ? 'inherited' : field.source.kind,
    ...(field.definedAt && {
      setBy: { module: field.definedAt.module, file: `${field.definedAt.module}/${field.definedAt.file}`, line: field.definedAt.line },
    }),
  };
}
