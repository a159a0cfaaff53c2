import type { Acl } from '@sightline/odoo-model';
import type { BuildContext } from './build-context.type';
import { permValues } from './perm-values.util';

export function buildAcls(ctx: BuildContext, acls: readonly Acl[]): void {
  for (const acl of acls) {
    const values = {
      name: acl.name,
      model_id: ctx.modelIds.get(acl.model)!,
      group_id: acl.groupXmlid ? ctx.groupIds.get(acl.groupXmlid)! : false,
      ...permValues(acl.perms),
      active: acl.active,
    };
    ctx.db.addXmlid(acl.xmlid, 'ir.model.access', ctx.db.table('ir.model.access').insert(values));
  }
}
