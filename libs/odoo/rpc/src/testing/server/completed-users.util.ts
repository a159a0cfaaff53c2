import type { Snapshot, User } from '@sightline/odoo-model';

/** On 17/18, the inactive template user `base.default_user` holding the default groups, when missing. */
export function completedUsers(snapshot: Snapshot, major: number): User[] {
  if (major >= 19 || snapshot.defaultUserGroupXmlids.length === 0 || snapshot.users.some((u) => u.key === 'base.default_user')) return [...snapshot.users];
  const template: User = {
    key: 'base.default_user',
    xmlid: 'base.default_user',
    id: null,
    login: 'default',
    name: 'Default User Template',
    active: false,
    share: !snapshot.defaultUserGroupXmlids.includes('base.group_user'),
    userType: null,
    groupXmlids: [...snapshot.defaultUserGroupXmlids],
    companyKeys: [],
    companyKey: null,
    loginDate: null,
    employee: null,
  };
  return [...snapshot.users, template];
}
