import type { GroupExposureEntry, GroupFieldAccess } from '@sightline/exposure-report';
import type { GrantState } from '../exposure/hr-access-state.type';

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
