import type { FieldGroupRef, FieldInfo } from '../schema/field-info.schema';
import type { ModuleInfo } from '../schema/module-info.schema';
import type { Snapshot } from '../schema/snapshot.schema';
import { SNAPSHOT_COLLECTION_KEYS } from '../schema/snapshot-keys.util';
import type { SnapshotWarning } from '../schema/snapshot-warning.schema';
import type { SourceLocation } from '../schema/source-location.schema';
import { sortByKey } from './sort-by-key.util';
import { sortedUnique } from './sorted-unique.util';
import { stableStringify } from './stable-stringify.util';

/**
 * The canonical form of a snapshot: every collection sorted by its natural key, every set-like list
 * sorted and de-duplicated, empty `extensions` dropped. Two snapshots with the same content have
 * equal canonical forms whatever order they were built in.
 */
export function canonicalizeSnapshot(snapshot: Snapshot): Snapshot {
  const keys = SNAPSHOT_COLLECTION_KEYS;
  return {
    ...snapshot,
    meta: {
      ...snapshot.meta,
      modules: sortByKey(snapshot.meta.modules.map(canonicalModule), (module) => module.name),
      warnings: uniqueSorted(snapshot.meta.warnings, warningKey),
    },
    groups: sortByKey(snapshot.groups, keys.groups).map((group) =>
      withExtensions({ ...group, impliedXmlids: sortedUnique(group.impliedXmlids) }),
    ),
    users: sortByKey(snapshot.users, keys.users).map((user) =>
      withExtensions({
        ...user,
        groupXmlids: sortedUnique(user.groupXmlids),
        storedGroupXmlids: user.storedGroupXmlids && sortedUnique(user.storedGroupXmlids),
        companyKeys: sortedUnique(user.companyKeys),
      }),
    ),
    companies: sortByKey(snapshot.companies, keys.companies),
    employees: sortByKey(snapshot.employees, keys.employees),
    departments: sortByKey(snapshot.departments, keys.departments),
    models: sortByKey(snapshot.models, keys.models).map((model) => ({
      ...model,
      inherits: sortByKey(model.inherits, (link) => `${link.parentModel}/${link.field}`),
    })),
    fields: sortByKey(snapshot.fields, keys.fields).map(canonicalField),
    acls: sortByKey(snapshot.acls, keys.acls).map(withExtensions),
    rules: sortByKey(snapshot.rules, keys.rules).map((rule) =>
      withExtensions({ ...rule, groupXmlids: sortedUnique(rule.groupXmlids) }),
    ),
    accessRows: sortByKey(snapshot.accessRows, keys.accessRows).map(withExtensions),
    defaultUserGroupXmlids: sortedUnique(snapshot.defaultUserGroupXmlids),
    classifications: sortByKey(snapshot.classifications, keys.classifications).map((entry) => ({
      ...entry,
      categories: sortedUnique(entry.categories),
      subjects: sortedUnique(entry.subjects),
    })),
  };
}

function canonicalModule(module: ModuleInfo): ModuleInfo {
  const autoInstall = typeof module.autoInstall === 'boolean' ? module.autoInstall : sortedUnique(module.autoInstall);
  return { ...module, depends: sortedUnique(module.depends), autoInstall };
}

function canonicalField(field: FieldInfo): FieldInfo {
  return { ...field, groups: uniqueSorted(field.groups, groupRefKey) };
}

function groupRefKey(ref: FieldGroupRef): string {
  return `${ref.xmlid}/${ref.negated ? 1 : 0}`;
}

function warningKey(warning: SnapshotWarning): string {
  return stableStringify([warning.file ?? '', warning.line ?? 0, warning.message]);
}

function locationKey(location: SourceLocation): string {
  return `${location.file}\u0000${String(location.line).padStart(9, '0')}`;
}

function withExtensions<T extends { readonly extensions?: readonly SourceLocation[] }>(item: T): T {
  if (!item.extensions) return item;
  const extensions = uniqueSorted(item.extensions, locationKey);
  return { ...item, extensions: extensions.length > 0 ? extensions : undefined };
}

function uniqueSorted<T>(items: readonly T[], keyOf: (item: T) => string): T[] {
  const byKey = new Map(items.map((item) => [keyOf(item), item] as const));
  return sortByKey([...byKey.values()], keyOf);
}
