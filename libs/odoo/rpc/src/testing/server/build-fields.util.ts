import type { FieldInfo, ModelInfo } from '@sightline/odoo-model';
import type { BuildContext } from './build-context.type';
import { odooFieldTtype } from './odoo-field-ttype.util';

/** `ir.model.fields` rows with Odoo's `ttype` spelling; `_inherits` link fields are required, as Odoo demands. */
export function buildFields(ctx: BuildContext, fields: readonly FieldInfo[], models: readonly ModelInfo[]): void {
  const links = new Set(models.flatMap((model) => model.inherits.map((link) => `${model.name}/${link.field}`)));
  for (const field of fields) {
    ctx.db.table('ir.model.fields').insert({
      name: field.name,
      model: field.model,
      model_id: ctx.modelIds.get(field.model)!,
      ttype: odooFieldTtype(field.type),
      relation: field.relation ?? false,
      related: field.related ?? false,
      required: links.has(`${field.model}/${field.name}`),
    });
  }
}
