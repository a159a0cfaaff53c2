import { modelXmlIdName, type ModelInfo } from '@sightline/odoo-model';
import type { BuildContext } from './build-context.type';

/** `ir.model` rows; each model gets the `ir.model.data` id Odoo gives it in its declaring module. */
export function buildModels(ctx: BuildContext, models: readonly ModelInfo[]): void {
  models.forEach((model, index) => ctx.modelIds.set(model.name, index + 1));
  for (const model of models) {
    const values = {
      model: model.name,
      name: model.description ?? false,
      transient: model.kind === 'TransientModel',
      abstract: model.kind === 'AbstractModel',
      state: 'base',
      inherited_model_ids: model.inherits.map((link) => ctx.modelIds.get(link.parentModel)!),
    };
    const id = ctx.db.table('ir.model').insert(values, ctx.modelIds.get(model.name));
    if (model.module) ctx.db.addXmlid(`${model.module}.${modelXmlIdName(model.name)}`, 'ir.model', id);
  }
}
