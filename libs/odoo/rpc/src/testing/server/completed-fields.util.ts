import { fieldKey, type FieldInfo, type ModelInfo } from '@sightline/odoo-model';

/**
 * The snapshot's fields with every `_inherits` link field a database has: a many2one to the parent
 * model. An addon-tree reading lists only fields with groups and records no comodels, so a link
 * field may be missing, or present without its `relation`.
 */
export function completedFields(fields: readonly FieldInfo[], models: readonly ModelInfo[]): FieldInfo[] {
  const links = models.flatMap((model) =>
    model.inherits.map((link): FieldInfo => ({ model: model.name, name: link.field, type: 'many2one', relation: link.parentModel, related: null, groups: [], groupsSource: 'none' })),
  );
  const linkByKey = new Map(links.map((link) => [fieldKey(link), link]));
  const known = new Set(fields.map(fieldKey));
  return [
    ...fields.map((field) => ({ ...field, relation: field.relation ?? linkByKey.get(fieldKey(field))?.relation ?? null })),
    ...links.filter((link) => !known.has(fieldKey(link))),
  ];
}
