import type { FieldInfo } from '@sightline/odoo-model';
import { groupsDecidedAt } from '../reading/read-field-definitions.util';
import type { HrView } from './hr-view.type';

/**
 * The field as the snapshot has it (with its `groups`), else as defined without groups, set by the
 * definition that decided that (a `groups=False` override, not a later `selection_add`); undefined
 * when no module defines it.
 */
export function fieldAt(view: Pick<HrView, 'snapshot' | 'definitions'>): (key: string) => FieldInfo | undefined {
  const protectedFields = new Map(view.snapshot.fields.map((f) => [`${f.model}/${f.name}`, f]));
  return (key) => {
    const known = protectedFields.get(key);
    if (known) return known;
    const definition = view.definitions.get(key);
    if (!definition) return undefined;
    const { model, field, type } = definition;
    const site = groupsDecidedAt(view.definitions, key) ?? definition.site;
    return { model, name: field, type, related: null, groups: [], groupsSource: 'none', setBy: { module: site.module, file: `${site.module}/${site.file}`, line: site.line } };
  };
}
