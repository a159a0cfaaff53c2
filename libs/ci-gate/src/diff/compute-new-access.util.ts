import { USER_TYPE_GROUPS } from '@sightline/odoo-model';
import type { GroupExposureEntry, GroupFieldAccess } from '@sightline/exposure-report';
import { fieldKey } from '../exposure/field-key.util';
import type { GrantState, HrAccessState } from '../exposure/hr-access-state.type';
import type { HrView } from '../exposure/hr-view.type';
import { coversGrant, isWiderGrant } from './is-wider-grant.util';
import type { NewFieldAccess, NewGroupAccess } from './new-access.type';

type Grants = ReadonlyMap<string, GrantState>;

const NO_GRANTS: Grants = new Map();

/**
 * Groups reaching classified HR fields at head that they did not reach (or reached more narrowly)
 * at base. What every internal user reaches at head is left out of other groups' findings (it is
 * `base.group_user`'s own finding when new). A field that is HR data only at head (a new field, or
 * newly classified) on a model where the group already reached HR data with the same access is an
 * upgrade of the model, not new access of the group.
 */
export function computeNewAccess(base: HrAccessState, head: HrView): NewGroupAccess[] {
  const floor = head.state.grants.get(USER_TYPE_GROUPS.internal) ?? NO_GRANTS;
  return head.report.groups
    .map((group) => ({ group, fields: newFields(group, base, floor) }))
    .filter((entry) => entry.fields.length > 0);
}

function newFields(group: GroupExposureEntry, base: HrAccessState, floor: Grants): NewFieldAccess[] {
  const before = base.grants.get(group.xmlid) ?? NO_GRANTS;
  const isFloor = group.xmlid === USER_TYPE_GROUPS.internal;
  return group.fields.flatMap((access) => {
    const key = fieldKey(access);
    const prev = before.get(key) ?? null;
    if (prev && !isWiderGrant(access, prev)) return [];
    if (!isFloor && floorCovers(floor.get(key), access)) return [];
    if (!prev && !base.hrFields.has(key) && reachedModel(before, access)) return [];
    return [{ access, before: prev }];
  });
}

function floorCovers(floor: GrantState | undefined, access: GroupFieldAccess): boolean {
  return floor !== undefined && coversGrant(floor, access);
}

function reachedModel(before: Grants, access: GroupFieldAccess): boolean {
  const prefix = `${access.model}/`;
  return [...before].some(([key, grant]) => key.startsWith(prefix) && (grant.access === 'write' || access.access === 'read'));
}
