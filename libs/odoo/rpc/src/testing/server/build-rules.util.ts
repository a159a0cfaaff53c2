import type { Rule } from '@sightline/odoo-model';
import type { BuildContext } from './build-context.type';
import { permValues } from './perm-values.util';

export function buildRules(ctx: BuildContext, rules: readonly Rule[]): void {
  for (const rule of rules) {
    const values = {
      name: rule.name,
      model_id: ctx.modelIds.get(rule.model)!,
      groups: rule.groupXmlids.map((xmlid) => ctx.groupIds.get(xmlid)!),
      domain_force: rule.domain ?? false,
      ...permValues(rule.perms),
      global: rule.groupXmlids.length === 0,
      active: rule.active,
    };
    ctx.db.addXmlid(rule.xmlid, 'ir.rule', ctx.db.table('ir.rule').insert(values));
  }
}
