import { USER_TYPE_GROUPS, type UserType } from '@sightline/odoo-model';
import type { GroupSet } from '../bitset/group-set';
import type { GroupIndex } from '../groups/group-index';

const ORDER: readonly UserType[] = ['internal', 'portal', 'public'];

/** internal / portal / public from the effective groups (`share = not base.group_user`); null without any. */
export function userTypeOfGroups(groups: GroupSet, index: GroupIndex): UserType | null {
  for (const type of ORDER) {
    const bit = index.bitOf(USER_TYPE_GROUPS[type]);
    if (bit !== undefined && groups.has(bit)) return type;
  }
  return null;
}
