import type { Group, User } from '@sightline/odoo-model';
import type { SyncWarnings } from './sync-warnings';

/**
 * What a new user gets: 17/18 the groups of the template user `base.default_user`; 19 the groups
 * `base.default_user_group` implies.
 */
export function defaultUserGroups(explicitGroups: boolean, groups: readonly Group[], users: readonly User[], warnings: SyncWarnings): string[] {
  if (explicitGroups) {
    const holder = groups.find((group) => group.xmlid === 'base.default_user_group');
    if (!holder) warnings.add('group base.default_user_group was not found: the default groups of new users are unknown');
    return holder ? [...holder.impliedXmlids] : [];
  }
  const template = users.find((user) => user.xmlid === 'base.default_user');
  if (!template) warnings.add('user base.default_user was not found: the default groups of new users are unknown');
  return template ? [...template.groupXmlids] : [];
}
