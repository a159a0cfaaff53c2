import { splitXmlId, userTypeOfGroup, type CategoryRef, type Group, type PrivilegeRef } from '@sightline/odoo-model';
import type { SecurityDataStore } from '../records/security-data.store';
import { provenance } from './provenance.util';

/** Groups with their category (17/18) or privilege (19) named from the records read. */
export function buildGroups(store: SecurityDataStore): Group[] {
  return [...store.groups.values()].map((draft) => ({
    xmlid: draft.xmlid,
    name: draft.name,
    module: splitXmlId(draft.xmlid)!.module,
    category: categoryRef(draft.categoryXmlid, store),
    privilege: privilegeRef(draft.privilegeXmlid, store),
    impliedXmlids: [...draft.implied],
    share: draft.share,
    comment: draft.comment,
    userType: userTypeOfGroup(draft.xmlid),
    ...provenance(draft),
  }));
}

function categoryRef(xmlid: string | null, store: SecurityDataStore): CategoryRef | null {
  return xmlid === null ? null : { xmlid, name: store.categories.get(xmlid)?.name ?? null };
}

function privilegeRef(xmlid: string | null, store: SecurityDataStore): PrivilegeRef | null {
  if (xmlid === null) return null;
  const privilege = store.privileges.get(xmlid);
  return { xmlid, name: privilege?.name ?? null, category: categoryRef(privilege?.categoryXmlid ?? null, store) };
}
