import type { FieldGroupRef, FieldInfo, GroupsSource, ModelInfo } from '@sightline/odoo-model';
import { fieldKey } from '@sightline/odoo-model';
import { GroupSet } from '../bitset/group-set';
import { NO_ACCESS, type GroupIndex } from '../groups/group-index';

/**
 * The effective `groups=` of one field as masks: a user passes when they hold none of `negative`
 * and, if the field lists any positive entry (`restricted`), one of `positive`. `.` (NO_ACCESS) is a
 * positive entry no group satisfies.
 */
export interface FieldTable {
  readonly model: string;
  readonly name: string;
  /** Declared in the snapshot (on the model or an `_inherits` parent). Unknown fields have no groups. */
  readonly known: boolean;
  readonly groups: readonly FieldGroupRef[];
  readonly source: GroupsSource | 'unknown';
  /** Where the groups were copied from: the related target or the `_inherits` parent field. */
  readonly resolvedFrom: string | null;
  readonly restricted: boolean;
  readonly positive: GroupSet;
  readonly negative: GroupSet;
  /** Equal for fields whose check and explanation are the same (same groups, source and origin). */
  readonly shape: string;
}

export interface FieldLookup {
  readonly fields: ReadonlyMap<string, FieldInfo>;
  readonly models: ReadonlyMap<string, ModelInfo>;
}

interface Resolution {
  readonly known: boolean;
  readonly groups: readonly FieldGroupRef[];
  readonly source: GroupsSource | 'unknown';
  readonly resolvedFrom: string | null;
}

const UNKNOWN: Resolution = { known: false, groups: [], source: 'unknown', resolvedFrom: null };

export function compileFieldTable(model: string, name: string, lookup: FieldLookup, index: GroupIndex): FieldTable {
  const resolution = resolveGroups(model, name, lookup, new Set());
  const bit = (ref: FieldGroupRef) => (ref.xmlid === NO_ACCESS ? undefined : index.bitOf(ref.xmlid));
  const positives = resolution.groups.filter((ref) => !ref.negated);
  return {
    model,
    name,
    ...resolution,
    restricted: positives.length > 0,
    positive: GroupSet.of(positives.map(bit).filter((b) => b !== undefined)),
    negative: GroupSet.of(resolution.groups.filter((ref) => ref.negated).map(bit).filter((b) => b !== undefined)),
    shape: `${resolution.known}|${resolution.source}|${resolution.resolvedFrom ?? ''}|${resolution.groups.map((r) => (r.negated ? '!' : '') + r.xmlid).join(',')}`,
  };
}

/**
 * Own groups when the field sets any; else a related field copies its target's groups, and a field
 * reached through `_inherits` is the parent's (Odoo's `_related_groups`, copied in `setup_related`).
 */
function resolveGroups(model: string, name: string, lookup: FieldLookup, seen: Set<string>): Resolution {
  const key = fieldKey({ model, name });
  if (seen.has(key)) return UNKNOWN;
  seen.add(key);
  const field = lookup.fields.get(key);
  if (!field) return resolveInherited(model, name, lookup, seen);
  if (field.groups.length > 0 || !field.related) return { known: true, groups: field.groups, source: field.groupsSource, resolvedFrom: null };
  const target = relatedTarget(model, field.related, lookup);
  const copied = target ? resolveGroups(target.model, target.name, lookup, seen) : UNKNOWN;
  if (copied.groups.length === 0) return { known: true, groups: [], source: field.groupsSource, resolvedFrom: null };
  return { known: true, groups: copied.groups, source: 'related', resolvedFrom: fieldKey(target!) };
}

function resolveInherited(model: string, name: string, lookup: FieldLookup, seen: Set<string>): Resolution {
  for (const link of lookup.models.get(model)?.inherits ?? []) {
    const parent = resolveGroups(link.parentModel, name, lookup, seen);
    if (parent.known) return { ...parent, source: 'inherited', resolvedFrom: fieldKey({ model: link.parentModel, name }) };
  }
  return UNKNOWN;
}

/** The field a related path ends on, following `relation` of each step (and `_inherits` parents). */
function relatedTarget(model: string, path: string, lookup: FieldLookup): { model: string; name: string } | null {
  const steps = path.split('.');
  let current = model;
  for (const step of steps.slice(0, -1)) {
    const relation = findField(current, step, lookup, 0)?.relation;
    if (!relation) return null;
    current = relation;
  }
  return { model: current, name: steps[steps.length - 1]! };
}

function findField(model: string, name: string, lookup: FieldLookup, depth: number): FieldInfo | undefined {
  const own = lookup.fields.get(fieldKey({ model, name }));
  if (own || depth > 8) return own;
  for (const link of lookup.models.get(model)?.inherits ?? []) {
    const found = findField(link.parentModel, name, lookup, depth + 1);
    if (found) return found;
  }
  return undefined;
}
