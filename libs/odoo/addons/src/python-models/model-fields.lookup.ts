import { AUTOMATIC_FIELDS } from './automatic-fields';
import { c3Linearization } from './c3-linearization.util';
import { isAbstractKind } from './is-abstract-kind.util';
import { modelKind } from './model-kind.util';
import type { ModelRegistry, RegistryBase, RegistryModel } from './model-registry.type';
import type { PythonFieldDefinition, PythonModelClass } from './python-model-class.type';
import type { PythonModelsDiagnostic } from './python-models-diagnostic.type';
import type { ResolvedModelField } from './resolved-model-field.type';

/**
 * The fields of each registry model as Odoo sets them up: definitions collected along the Python
 * MRO and merged attribute by attribute (17 `Field._get_attrs`), the automatic fields, then the
 * fields of `_inherits` parents that the model does not define itself (`_add_inherited_fields`). Memoised.
 */
export class ModelFieldsLookup {
  private readonly linearizations = new Map<RegistryBase, readonly RegistryBase[]>();
  private readonly fields = new Map<string, ReadonlyMap<string, ResolvedModelField>>();
  private readonly resolving = new Set<string>();
  private readonly mergingInherits = new Set<RegistryModel>();
  private readonly linearizing = new Set<RegistryBase>();

  constructor(
    private readonly registry: ModelRegistry,
    private readonly report: (diagnostic: PythonModelsDiagnostic) => void,
  ) {}

  fieldsOf(modelName: string): ReadonlyMap<string, ResolvedModelField> {
    const known = this.fields.get(modelName);
    if (known) return known;
    const model = this.registry.models.get(modelName);
    if (!model || this.resolving.has(modelName)) return new Map();
    this.resolving.add(modelName);
    const fields = this.ownFields(model);
    for (const field of AUTOMATIC_FIELDS) if (!fields.has(field.name)) fields.set(field.name, field);
    if (!isAbstractKind(modelKind(model))) this.addInheritedFields(model, fields);
    this.resolving.delete(modelName);
    this.fields.set(modelName, fields);
    return fields;
  }

  private ownFields(model: RegistryModel): Map<string, ResolvedModelField> {
    const definitions = new Map<string, PythonFieldDefinition[]>();
    for (const base of this.linearization(model)) {
      if (base.node !== 'class') continue;
      for (const [name, definition] of lastDefinitions(base.cls)) definitions.set(name, [...(definitions.get(name) ?? []), definition]);
    }
    return new Map([...definitions].map(([name, mostDerivedFirst]) => [name, mergeDefinitions(mostDerivedFirst)]));
  }

  /** Parents later in `_inherits` win a name; fields the model defines itself always win. */
  private addInheritedFields(model: RegistryModel, fields: Map<string, ResolvedModelField>): void {
    const inherits = this.inheritsOf(model);
    for (const [parent, through] of inherits) {
      if (!fields.has(through)) fields.set(through, { name: through, type: 'Many2one', comodel: parent });
    }
    const inherited = new Map<string, ResolvedModelField>();
    for (const [parent, through] of inherits) {
      for (const [name, field] of this.fieldsOf(parent)) {
        inherited.set(name, { name, type: field.type, inheritedFrom: { model: parent, through } });
      }
    }
    for (const [name, field] of inherited) if (!fields.has(name)) fields.set(name, field);
  }

  /** Odoo merges `_inherits` over the bases, least derived first (`_build_model_attributes`). */
  private inheritsOf(model: RegistryModel): Map<string, string> {
    const merged = new Map<string, string>();
    if (this.mergingInherits.has(model)) return merged;
    this.mergingInherits.add(model);
    for (const base of [...model.bases].reverse()) {
      const entries = base.node === 'class' ? base.cls.inherits : this.inheritsOf(base);
      for (const [parent, through] of entries) merged.set(parent, through);
    }
    this.mergingInherits.delete(model);
    return merged;
  }

  private linearization(base: RegistryBase): readonly RegistryBase[] {
    const known = this.linearizations.get(base);
    if (known) return known;
    if (base.node === 'class') return [base];
    if (this.linearizing.has(base)) {
      this.report({ message: `model '${base.name}' inherits itself` });
      return [base];
    }
    this.linearizing.add(base);
    const result = c3Linearization<RegistryBase>(base, base.bases, (parent) => this.linearization(parent))
      ?? this.depthFirst(base);
    this.linearizing.delete(base);
    this.linearizations.set(base, result);
    return result;
  }

  /** Fallback when Python would reject the bases: depth-first, first occurrence kept. */
  private depthFirst(model: RegistryModel): RegistryBase[] {
    this.report({
      site: model.classes.at(-1)?.site,
      message: `model '${model.name}': its bases admit no consistent method resolution order (Python raises TypeError)`,
    });
    const seen = new Set<RegistryBase>([model]);
    for (const base of model.bases) for (const item of this.linearization(base)) seen.add(item);
    return [...seen];
  }
}

/** A class body keeps the last assignment of a name. */
function lastDefinitions(cls: PythonModelClass): Map<string, PythonFieldDefinition> {
  return new Map(cls.fields.map((field) => [field.name, field]));
}

function mergeDefinitions(mostDerivedFirst: readonly PythonFieldDefinition[]): ResolvedModelField {
  let merged: ResolvedModelField = { name: mostDerivedFirst[0].name, type: mostDerivedFirst[0].type };
  for (const definition of [...mostDerivedFirst].reverse()) {
    merged = {
      ...merged,
      ...(definition.groups === undefined ? {} : { groups: { value: definition.groups, site: definition.site } }),
      ...(definition.related === undefined ? {} : { related: { path: definition.related, site: definition.site } }),
      ...(definition.comodel === undefined ? {} : { comodel: definition.comodel }),
    };
  }
  return merged;
}
