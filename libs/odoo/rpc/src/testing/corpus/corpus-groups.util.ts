import { splitXmlId, userTypeOfGroup, type Group } from '@sightline/odoo-model';
import type { CorpusSecurityData } from './corpus-security-data';

/** Groups as 17/18 (`category`) or 19 (`privilege`) define them. */
export function corpusGroups(data: CorpusSecurityData, major: number): Group[] {
  return [...data.groups.values()].map((draft) => ({
    xmlid: draft.xmlid,
    name: draft.name,
    module: splitXmlId(draft.xmlid)!.module,
    category: major < 19 && draft.category ? { xmlid: draft.category, name: data.categories.get(draft.category) ?? null } : null,
    privilege: major >= 19 && draft.privilege ? privilegeRef(data, draft.privilege) : null,
    impliedXmlids: [...draft.implied].sort(),
    share: draft.share,
    comment: draft.comment,
    userType: userTypeOfGroup(draft.xmlid),
  }));
}

function privilegeRef(data: CorpusSecurityData, xmlid: string): Group['privilege'] {
  const privilege = data.privileges.get(xmlid);
  const category = privilege?.category ?? null;
  return { xmlid, name: privilege?.name ?? null, category: category ? { xmlid: category, name: data.categories.get(category) ?? null } : null };
}
