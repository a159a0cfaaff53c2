import { buildModelRegistry } from './build-model-registry.util';
import { EffectiveFieldGroupsLookup } from './effective-field-groups.lookup';
import type { EffectiveFieldGroups, EffectiveFieldGroupsResult } from './effective-field-groups.type';
import { ModelFieldsLookup } from './model-fields.lookup';
import { isAbstractKind } from './is-abstract-kind.util';
import { modelKind } from './model-kind.util';
import type { RegistryModel } from './model-registry.type';
import type { OdooModelInfo } from './odoo-model-info.type';
import type { ModulePythonModels } from './python-model-class.type';
import type { PythonModelsDiagnostic } from './python-models-diagnostic.type';

/**
 * The groups that really protect each field of each model once all `modules` (in load order) are
 * loaded: `_inherit` extensions and mixins merged along Odoo's MRO (last definition wins, per
 * attribute), `_inherits` delegation, and related fields copying their target's groups when they
 * have none of their own. Abstract models are included (see {@link OdooModelInfo.abstract}).
 */
export function computeEffectiveFieldGroups(modules: readonly ModulePythonModels[]): EffectiveFieldGroupsResult {
  const registry = buildModelRegistry(modules);
  const diagnostics: PythonModelsDiagnostic[] = [...registry.diagnostics];
  const report = (diagnostic: PythonModelsDiagnostic): void => void diagnostics.push(diagnostic);
  const fieldsLookup = new ModelFieldsLookup(registry, report);
  const groupsLookup = new EffectiveFieldGroupsLookup(fieldsLookup, report);
  const defined = [...registry.models.values()].filter((model) => model.defined).sort((a, b) => compare(a.name, b.name));
  const fields: EffectiveFieldGroups[] = [];
  for (const model of defined) {
    const names = [...fieldsLookup.fieldsOf(model.name).keys()].sort(compare);
    for (const name of names) {
      const groups = groupsLookup.groupsOf(model.name, name);
      if (groups) fields.push(groups);
    }
  }
  return { models: new Map(defined.map((model) => [model.name, modelInfo(model)])), fields, diagnostics };
}

function modelInfo(model: RegistryModel): OdooModelInfo {
  const kind = modelKind(model);
  return {
    name: model.name,
    ...(kind === undefined ? {} : { kind }),
    abstract: isAbstractKind(kind),
    ...(model.creator ? { declaredBy: model.creator.site } : {}),
    modules: [...new Set(model.classes.map((cls) => cls.site.module))],
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
