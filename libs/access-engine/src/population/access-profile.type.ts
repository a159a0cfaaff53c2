import type { UserType } from '@sightline/odoo-model';
import type { GroupSet } from '../bitset/group-set';

/**
 * Users with the same effective groups and company context: they share every answer (counts of
 * user-dependent scopes such as own records aside). The superuser has a profile of its own.
 */
export interface AccessProfile {
  readonly id: number;
  readonly key: string;
  /** Effective groups: the closure of the explicit groups (19) or the stored `groups_id` (17/18). */
  readonly groups: GroupSet;
  readonly superuser: boolean;
  readonly userType: UserType | null;
  /** Allowed companies (`company_ids`), sorted: the widest `company_ids` of the rule context. */
  readonly companyKeys: readonly string[];
  /** Current company (`company_id` of the rule context). */
  readonly companyKey: string | null;
}

/**
 * Users sharing the same explicitly held groups: they share every implication path, and the
 * effective groups (valid for the implications the origin was built with).
 */
export interface MembershipOrigin {
  readonly id: number;
  readonly key: string;
  readonly explicit: GroupSet;
  /** 17/18 live `groups_id` as stored, when the snapshot has it. */
  readonly stored: GroupSet | null;
  readonly effective: GroupSet;
  readonly effectiveKey: string;
}
