import type { ModulePythonModels, SourceSite } from '@sightline/odoo-addons';

export interface FieldDefinition {
  readonly model: string;
  readonly field: string;
  readonly type: string;
  /** The last definition in load order (the one Odoo keeps). */
  readonly site: SourceSite;
  /**
   * The last definition in load order that writes `groups=` (a `groups=False` override included):
   * Odoo merges a field's attributes over its definitions and the last explicit one wins, so this is
   * where the field's own groups are decided, even when a later override (a `selection_add`) only
   * changes something else. Absent when no definition writes `groups=`.
   */
  readonly groupsSite?: SourceSite;
  /** `related=` of the last definition that writes it (null: switched off). */
  readonly related?: string | null;
  /** The related model of a relational field, as written. */
  readonly comodel?: string;
}

/**
 * Every field the installed modules (their model classes in load order, as the reader read them)
 * define, protected or not (the snapshot lists only fields with `groups`): the gate needs
 * unprotected ones to see new personal fields and removed protections.
 */
export function readFieldDefinitions(modules: readonly ModulePythonModels[]): ReadonlyMap<string, FieldDefinition> {
  const definitions = new Map<string, FieldDefinition>();
  for (const module of modules) {
    for (const cls of module.classes) {
      for (const f of cls.fields) {
        const key = `${cls.name}/${f.name}`;
        const before = definitions.get(key);
        const groupsSite = f.groups !== undefined ? f.site : before?.groupsSite;
        const related = f.related !== undefined ? f.related : before?.related;
        const comodel = f.comodel ?? before?.comodel;
        definitions.set(key, {
          model: cls.name, field: f.name, type: f.type, site: f.site,
          ...(groupsSite && { groupsSite }), ...(related !== undefined && { related }), ...(comodel && { comodel }),
        });
      }
    }
  }
  return definitions;
}

/**
 * Where a field's groups are decided: its own last `groups=`, else, for a related field, that of the
 * field at the end of its path (Odoo copies the target's groups), else its last definition.
 */
export function groupsDecidedAt(definitions: ReadonlyMap<string, FieldDefinition>, key: string): SourceSite | undefined {
  const start = definitions.get(key);
  return start && groupsDecidedFrom(definitions, start, start.site);
}

/** {@link groupsDecidedAt} for a field known by its related path only (an `_inherits` field: `<delegation>.<name>`). */
export function relatedGroupsDecidedAt(definitions: ReadonlyMap<string, FieldDefinition>, model: string, related: string): SourceSite | undefined {
  const target = relatedTarget(definitions, model, related);
  return target && groupsDecidedFrom(definitions, target, undefined);
}

function groupsDecidedFrom(definitions: ReadonlyMap<string, FieldDefinition>, start: FieldDefinition, last: SourceSite | undefined): SourceSite | undefined {
  const seen = new Set<string>();
  let current: FieldDefinition | undefined = start;
  while (current && !seen.has(`${current.model}/${current.field}`)) {
    seen.add(`${current.model}/${current.field}`);
    if (current.groupsSite) return current.groupsSite;
    if (!current.related) break;
    current = relatedTarget(definitions, current.model, current.related);
  }
  return last;
}

function relatedTarget(definitions: ReadonlyMap<string, FieldDefinition>, model: string, path: string): FieldDefinition | undefined {
  const hops = path.split('.');
  let current = model;
  for (const [index, hop] of hops.entries()) {
    const field = definitions.get(`${current}/${hop}`);
    if (!field || index === hops.length - 1) return field;
    if (!field.comodel) return undefined;
    current = field.comodel;
  }
  return undefined;
}
