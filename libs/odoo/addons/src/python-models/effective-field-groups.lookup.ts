import type { EffectiveFieldGroups } from './effective-field-groups.type';
import type { ModelFieldsLookup } from './model-fields.lookup';
import type { PythonModelsDiagnostic } from './python-models-diagnostic.type';
import type { ResolvedModelField } from './resolved-model-field.type';

interface FieldRef {
  readonly model: string;
  readonly field: string;
}

/**
 * The groups that protect a field: its own `groups=` when it has one (even an empty one), else,
 * for a related or `_inherits` field, those of the field at the end of its path, which Odoo copies
 * at setup (`_related_groups`), following chains of related fields. Memoised.
 */
export class EffectiveFieldGroupsLookup {
  private readonly known = new Map<string, EffectiveFieldGroups | null>();
  private readonly inProgress = new Set<string>();

  constructor(
    private readonly fields: ModelFieldsLookup,
    private readonly report: (diagnostic: PythonModelsDiagnostic) => void,
  ) {}

  groupsOf(model: string, fieldName: string): EffectiveFieldGroups | null {
    const key = `${model}\u0000${fieldName}`;
    if (this.known.has(key)) return this.known.get(key) ?? null;
    const field = this.fields.fieldsOf(model).get(fieldName);
    if (!field || this.inProgress.has(key)) return null;
    this.inProgress.add(key);
    const result = this.compute(model, field);
    this.inProgress.delete(key);
    this.known.set(key, result);
    return result;
  }

  private compute(model: string, field: ResolvedModelField): EffectiveFieldGroups | null {
    const base = { model, field: field.name, type: field.type };
    if (field.groups) {
      if (field.groups.value.text === '') return null;
      const related = field.related?.path ? { related: field.related.path } : {};
      return { ...base, groups: field.groups.value, source: { kind: 'explicit' }, ...related, definedAt: field.groups.site };
    }
    const path = field.inheritedFrom ? `${field.inheritedFrom.through}.${field.name}` : field.related?.path;
    if (!path) return null;
    const target = field.inheritedFrom ? { model: field.inheritedFrom.model, field: field.name } : this.pathTarget(model, field, path);
    const targetGroups = target && this.groupsOf(target.model, target.field);
    if (!target || !targetGroups) return null;
    return {
      ...base,
      groups: targetGroups.groups,
      source: { kind: 'related', path, target, targetSource: targetGroups.source },
      related: path,
      ...(field.inheritedFrom ? { inheritedFrom: field.inheritedFrom } : { definedAt: field.related?.site }),
    };
  }

  /** The model and field at the end of a dotted path, following each hop's related model. */
  private pathTarget(model: string, field: ResolvedModelField, path: string): FieldRef | undefined {
    let current = model;
    const hops = path.split('.');
    for (const [index, hop] of hops.entries()) {
      const hopField = this.fields.fieldsOf(current).get(hop);
      if (!hopField) return this.unresolved(field, path, `model '${current}' has no field '${hop}'`);
      if (index === hops.length - 1) return { model: current, field: hop };
      const comodel = this.comodelOf(current, hopField, new Set());
      if (!comodel) return this.unresolved(field, path, `the related model of '${current}.${hop}' is unknown`);
      current = comodel;
    }
    return undefined;
  }

  /** Relational fields name their model; inherited and related ones take their target's. */
  private comodelOf(model: string, field: ResolvedModelField, seen: Set<string>): string | undefined {
    const key = `${model}.${field.name}`;
    if (field.comodel || seen.has(key)) return field.comodel;
    seen.add(key);
    const target = field.inheritedFrom
      ? { model: field.inheritedFrom.model, field: field.name }
      : field.related?.path ? this.pathTarget(model, field, field.related.path) : undefined;
    const targetField = target && this.fields.fieldsOf(target.model).get(target.field);
    return targetField && this.comodelOf(target.model, targetField, seen);
  }

  private unresolved(field: ResolvedModelField, path: string, cause: string): undefined {
    this.report({ site: field.related?.site, message: `field '${field.name}': related path '${path}' cannot be followed: ${cause}` });
    return undefined;
  }
}
