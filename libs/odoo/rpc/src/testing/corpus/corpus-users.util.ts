import { computeImpliedClosure, USER_TYPE_GROUPS, type Company, type Group, type User, type UserType } from '@sightline/odoo-model';
import type { CorpusSecurityData } from './corpus-security-data';

const USER_TYPE_ORDER: readonly UserType[] = ['internal', 'portal', 'public'];

/** Users in the order their records first appear (so `base.user_root` is 1, `base.user_admin` 2). */
export function corpusUsers(data: CorpusSecurityData, groups: readonly Group[], companies: readonly Company[], major: number): User[] {
  const closure = computeImpliedClosure(groups);
  const companyIds = new Set(companies.map((c) => c.key));
  return [...data.users.values()].map((draft, index) => {
    const explicit = [...draft.groups].sort();
    const effective = [...new Set(explicit.flatMap((xmlid) => [xmlid, ...(closure.get(xmlid) ?? [])]))].sort();
    return {
      key: draft.xmlid,
      xmlid: draft.xmlid,
      id: index + 1,
      login: draft.login,
      name: draft.name,
      active: draft.active,
      share: !effective.includes(USER_TYPE_GROUPS.internal),
      userType: USER_TYPE_ORDER.find((type) => effective.includes(USER_TYPE_GROUPS[type])) ?? null,
      groupXmlids: explicit,
      storedGroupXmlids: major < 19 ? effective : undefined,
      companyKeys: [...draft.companies].filter((key) => companyIds.has(key)).sort(),
      companyKey: draft.company,
      loginDate: null,
      employee: null,
    };
  });
}
