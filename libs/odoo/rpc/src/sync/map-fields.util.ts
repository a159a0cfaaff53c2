import { compareStrings, fieldKey, type FieldGroupRef, type FieldInfo, type FieldSetBy, type GroupsSource } from '@sightline/odoo-model';
import type { FieldGroupsCatalog } from '../catalog/field-groups-catalog.type';
import { parseFieldGroups } from '../catalog/parse-field-groups.util';
import type { OdooRecord } from '../client/odoo-record.type';
import type { FieldGroupsSource } from './field-groups-source.type';
import { textOrNull } from './text-or-null.util';
import type { SyncWarnings } from './sync-warnings';

interface GroupsOfField {
  readonly groups: readonly FieldGroupRef[];
  readonly groupsSource: GroupsSource;
  readonly setBy?: FieldSetBy;
}

const NONE: GroupsOfField = { groups: [], groupsSource: 'none' };

/**
 * `ir.model.fields` rows with their effective groups, which the API does not give
 * (`ir.model.fields.groups` is always empty): taken from the caller's addon-tree reading when there
 * is one, else from the shipped catalog of standard fields (`groupsSource: 'catalog'`).
 */
export function mapFields(rows: readonly OdooRecord[], source: FieldGroupsSource, installed: ReadonlySet<string>, warnings: SyncWarnings): FieldInfo[] {
  const groupsOf = resolverFor(source, warnings);
  const fields = rows.map((row): FieldInfo => {
    const model = String(row['model']);
    const name = String(row['name']);
    return { model, name, type: String(row['ttype']), relation: textOrNull(row['relation']), related: textOrNull(row['related']), ...groupsOf(model, name) };
  });
  if (source.kind === 'catalog') warnAboutUninstalledSetters(fields, installed, warnings);
  return fields;
}

function resolverFor(source: FieldGroupsSource, warnings: SyncWarnings): (model: string, name: string) => GroupsOfField {
  switch (source.kind) {
    case 'provider': {
      const known = new Map(source.fields.map((field) => [fieldKey(field), field]));
      return (model, name) => {
        const field = known.get(fieldKey({ model, name }));
        return field ? { groups: field.groups, groupsSource: field.groupsSource, setBy: field.setBy } : NONE;
      };
    }
    case 'catalog':
      warnings.add(
        `field groups come from Sightline's catalog of standard Odoo ${source.catalog.odooVersion} Community fields (the API does not expose them); ` +
          'custom, Studio and Enterprise fields show none: supply an addon-tree reading for exact groups',
      );
      return (model, name) => fromCatalog(source.catalog, model, name);
    default:
      warnings.add('field groups are unknown: no addon-tree reading was given and Sightline has no catalog for this Odoo version');
      return () => NONE;
  }
}

function fromCatalog(catalog: FieldGroupsCatalog, model: string, name: string): GroupsOfField {
  const entry = catalog.fields[model]?.[name];
  if (!entry) return NONE;
  const [groups, module, file, line] = entry;
  return { groups: parseFieldGroups(groups), groupsSource: 'catalog', setBy: { module, file, line } };
}

/** The catalog holds the last definition in a full tree; if that module is missing here, an earlier one rules. */
function warnAboutUninstalledSetters(fields: readonly FieldInfo[], installed: ReadonlySet<string>, warnings: SyncWarnings): void {
  const modules = new Set(fields.flatMap((f) => (f.groupsSource === 'catalog' && f.setBy && !installed.has(f.setBy.module) ? [f.setBy.module] : [])));
  if (modules.size === 0) return;
  warnings.add(`catalog groups of some fields were set by modules that are not installed (${[...modules].sort(compareStrings).join(', ')}); those fields may carry other groups`);
}
