import { USER_TYPE_GROUPS } from '@sightline/odoo-model';
import type { GroupExposureEntry, GroupFieldAccess } from '@sightline/exposure-report';
import { fieldKey } from '../exposure/field-key.util';
import type { GrantState, HrAccessState } from '../exposure/hr-access-state.type';
import type { HrView } from '../exposure/hr-view.type';
import type { FindingPrecedent } from '../model/check-finding.type';
import { coversGrant, isWiderGrant } from './is-wider-grant.util';
import type { KnownHrData } from './known-hr-data.util';
import type { NewAccessSplit, NewFieldAccess, NewGroupAccess, NewHrDataRead } from './new-access.type';

type Grants = ReadonlyMap<string, GrantState>;

const NO_GRANTS: Grants = new Map();

/**
 * Groups reaching classified HR fields at head that they did not reach (or reached more narrowly)
 * at base, sorted in two:
 * - SL001 (`access`): a field that was HR data at base, now reached or reached more widely; or HR
 *   data new at head (a new field or model, or a field classified only now) of a kind the group did
 *   not read at base;
 * - SL005 (`newData`): HR data new at head that the group read at base as the same field, or whose
 *   categories and data subjects it read at base at least as widely ({@link KnownHrData}).
 * What every internal user reaches at head is left out of other groups' findings (it is
 * `base.group_user`'s own finding when new).
 */
export function splitNewAccess(base: HrAccessState, head: HrView, known: KnownHrData): NewAccessSplit {
  const floor = head.state.grants.get(USER_TYPE_GROUPS.internal) ?? NO_GRANTS;
  const access: NewGroupAccess[] = [];
  const newData: NewHrDataRead[] = [];
  for (const group of head.report.groups) {
    const { fields, known: read } = newFields(group, base, head, floor, known);
    if (fields.length > 0) access.push({ group, fields });
    if (read.length > 0) newData.push({ group, fields: read });
  }
  return { access, newData };
}

function newFields(group: GroupExposureEntry, base: HrAccessState, head: HrView, floor: Grants, known: KnownHrData) {
  const before = base.grants.get(group.xmlid) ?? NO_GRANTS;
  const isFloor = group.xmlid === USER_TYPE_GROUPS.internal;
  const fields: NewFieldAccess[] = [];
  const read: { access: GroupFieldAccess; precedent: FindingPrecedent }[] = [];
  for (const access of group.fields) {
    const key = fieldKey(access);
    const fresh = isDefinedOnlyAtHead(key, base, head);
    const prev = fresh ? null : (before.get(key) ?? null);
    if (prev && !isWiderGrant(access, prev)) continue;
    if (!isFloor && floorCovers(floor.get(key), access)) continue;
    const precedent = !prev && (fresh || !base.hrFields.has(key)) ? known.precedent(group.xmlid, access) : null;
    if (precedent) read.push({ access, precedent });
    else fields.push({ access, before: prev });
  }
  return { fields, known: read };
}

/**
 * A field a module defines at head and none did at base. A classification (the catalog's or the
 * policy's, which apply to both sides) makes the engine grant a field that no module defines on a
 * model the group can read: such a base "grant" is not access to anything, so it is ignored.
 * Fields neither side defines directly (inherited from mixins, e.g. `mail.thread`) keep their base grant.
 */
export function isDefinedOnlyAtHead(key: string, base: HrAccessState, head: HrView): boolean {
  return !base.fields.has(key) && head.state.fields.has(key);
}

function floorCovers(floor: GrantState | undefined, access: GroupFieldAccess): boolean {
  return floor !== undefined && coversGrant(floor, access);
}
