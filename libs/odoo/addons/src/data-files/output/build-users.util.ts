import { computeImpliedClosure, USER_TYPE_GROUPS, type Group, type User, type UserType } from '@sightline/odoo-model';
import type { SecurityDataStore } from '../records/security-data.store';
import { provenance } from './provenance.util';

const TYPE_ORDER: readonly UserType[] = ['internal', 'portal', 'public'];

/** Users with their explicit groups; type and `share` follow from the groups' implication closure. */
export function buildUsers(store: SecurityDataStore, groups: readonly Group[]): User[] {
  const closure = computeImpliedClosure(groups);
  return [...store.users.values()].map((draft) => {
    const effective = new Set([...draft.groups].flatMap((g) => [g, ...(closure.get(g) ?? [])]));
    const userType = TYPE_ORDER.find((type) => effective.has(USER_TYPE_GROUPS[type])) ?? null;
    return {
      key: draft.xmlid,
      xmlid: draft.xmlid,
      id: null,
      login: draft.login,
      name: draft.name,
      active: draft.active,
      share: userType !== 'internal',
      userType,
      groupXmlids: [...draft.groups],
      companyKeys: [...draft.companyXmlids],
      companyKey: draft.companyXmlid,
      loginDate: null,
      employee: null,
      ...provenance(draft),
    };
  });
}
