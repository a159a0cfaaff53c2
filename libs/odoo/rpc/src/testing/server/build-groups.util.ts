import type { CategoryRef, Group, PrivilegeRef } from '@sightline/odoo-model';
import type { BuildContext } from './build-context.type';

/** `ir.module.category`, 19's `res.groups.privilege` and `res.groups` rows (implications only; members come with users). */
export function buildGroups(ctx: BuildContext, groups: readonly Group[]): void {
  const v19 = ctx.db.major >= 19;
  const categories = new Map<string, number>();
  const privileges = new Map<string, number>();
  groups.forEach((group, index) => ctx.groupIds.set(group.xmlid, index + 1));
  for (const group of groups) {
    const values = v19 ? privilegeValues(ctx, group.privilege, privileges, categories) : categoryValues(ctx, group.category, categories);
    const label = v19 ? group.privilege?.name : group.category?.name;
    const id = ctx.db.table('res.groups').insert(
      {
        name: group.name ?? false,
        full_name: label ? `${label} / ${group.name ?? ''}` : (group.name ?? false),
        share: group.share,
        comment: group.comment ?? false,
        implied_ids: group.impliedXmlids.map((xmlid) => ctx.groupIds.get(xmlid)!),
        ...closureValues(ctx, group.xmlid, v19),
        ...values,
      },
      ctx.groupIds.get(group.xmlid),
    );
    ctx.db.addXmlid(group.xmlid, 'res.groups', id);
  }
}

/** 17/18 `trans_implied_ids` (itself excluded), 19 `all_implied_ids` (itself included). */
function closureValues(ctx: BuildContext, xmlid: string, v19: boolean): Record<string, number[]> {
  const implied = [...(ctx.closure.get(xmlid) ?? [])];
  const ids = (v19 ? [xmlid, ...implied] : implied).map((x) => ctx.groupIds.get(x)!);
  return { [v19 ? 'all_implied_ids' : 'trans_implied_ids']: [...new Set(ids)].sort((a, b) => a - b) };
}

function categoryValues(ctx: BuildContext, category: CategoryRef | null, ids: Map<string, number>): Record<string, number | false> {
  return { category_id: category ? categoryId(ctx, category, ids) : false };
}

function privilegeValues(ctx: BuildContext, privilege: PrivilegeRef | null, privileges: Map<string, number>, categories: Map<string, number>): Record<string, number | false> {
  if (!privilege) return { privilege_id: false };
  let id = privileges.get(privilege.xmlid);
  if (id === undefined) {
    const category = privilege.category ? categoryId(ctx, privilege.category, categories) : false;
    id = ctx.db.table('res.groups.privilege').insert({ name: privilege.name ?? false, category_id: category });
    privileges.set(privilege.xmlid, id);
    ctx.db.addXmlid(privilege.xmlid, 'res.groups.privilege', id);
  }
  return { privilege_id: id };
}

function categoryId(ctx: BuildContext, category: CategoryRef, ids: Map<string, number>): number {
  let id = ids.get(category.xmlid);
  if (id === undefined) {
    id = ctx.db.table('ir.module.category').insert({ name: category.name ?? false });
    ids.set(category.xmlid, id);
    ctx.db.addXmlid(category.xmlid, 'ir.module.category', id);
  }
  return id;
}
