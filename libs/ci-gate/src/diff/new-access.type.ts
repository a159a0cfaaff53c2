import type { GroupExposureEntry, GroupFieldAccess } from '@sightline/exposure-report';
import type { GrantState } from '../exposure/hr-access-state.type';
import type { FindingPrecedent } from '../model/check-finding.type';

export interface NewFieldAccess {
  readonly access: GroupFieldAccess;
  /** The group's grant on the field at base, narrower than now; null when it had none. */
  readonly before: GrantState | null;
}

/** A group with classified HR fields it reaches at head and did not (or not as widely) at base. */
export interface NewGroupAccess {
  readonly group: GroupExposureEntry;
  readonly fields: readonly NewFieldAccess[];
}

/** SL005: a group reading HR data that is new at head (not HR data at base), each field with what it already read then. */
export interface NewHrDataRead {
  readonly group: GroupExposureEntry;
  readonly fields: readonly { readonly access: GroupFieldAccess; readonly precedent: FindingPrecedent }[];
}

/** What {@link splitNewAccess} sorts a head's HR access into. */
export interface NewAccessSplit {
  /** SL001: a kind of HR data the group could not read before (or not as widely). */
  readonly access: readonly NewGroupAccess[];
  /** SL005: HR data new at head, of a kind the group already read at least as widely. */
  readonly newData: readonly NewHrDataRead[];
}
