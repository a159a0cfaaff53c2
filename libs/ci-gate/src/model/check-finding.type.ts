import type { SourceLocation } from '@sightline/odoo-model';

export type FindingSeverity = 'error' | 'warning';

export type FindingRuleId = 'SL001' | 'SL002' | 'SL003' | 'SL004' | 'SL005';

/**
 * What introduced a finding: a new group, a new implication somewhere in the chain, a new or widened
 * ACL row, a new or changed record rule, a new default group of new users, a changed field
 * definition, a field / model that is new at head, or a field that existed at base and is classified
 * as HR data only at head.
 */
export type FindingCauseKind =
  | 'new-group'
  | 'new-implication'
  | 'new-acl'
  | 'changed-rule'
  | 'new-default-group'
  | 'field-groups'
  | 'new-field'
  | 'new-model'
  | 'new-classification'
  | 'unattributed';

export interface FindingCause {
  readonly kind: FindingCauseKind;
  /** One sentence, e.g. `hr_holidays.group_hr_holidays_user now implies hr.group_hr_user`. */
  readonly detail: string;
}

/** A location relative to the repository root (SARIF `artifactLocation.uri`, GitHub `file=`). */
export interface FindingLocation {
  readonly file: string;
  readonly line: number;
}

export interface FindingGroup {
  readonly xmlid: string;
  readonly name: string | null;
  readonly module: string;
}

/** One classified HR field a finding is about. */
export interface FindingField {
  readonly model: string;
  readonly field: string;
  /** `write` includes read. */
  readonly access: 'read' | 'write' | null;
  /** The record scope (`all`, `own-company`, `custom`…), null when not about access. */
  readonly scope: string | null;
  /** The access at base, when it was narrower. */
  readonly before: { readonly access: 'read' | 'write'; readonly scope: string } | null;
  /** Implication chain from the group to the granting group (this field's own). */
  readonly via: readonly string[];
  /**
   * Present when record rules keep fewer records than `scope` says (`own-company`, further restricted
   * to own and subordinate employees): those rules, each with its `<record>`.
   */
  readonly restrictedBy?: readonly FindingRestriction[];
  readonly categories: readonly string[];
  readonly subjects: readonly string[];
}

/** A record rule that restricts a finding field's records further than its scope. */
export interface FindingRestriction {
  readonly xmlid: string;
  readonly name: string | null;
  readonly location: FindingLocation | null;
}

export interface PolicyAllowanceRef {
  readonly reason: string;
  readonly expires: string;
  /** Where the allowance is in the policy file. */
  readonly location: SourceLocation;
}

/**
 * SL005: why a group reading HR data that is new at head is no new kind of access for it: at base it
 * read the same field (classified only now), or a field with each of the same category and data
 * subject pairs, at least as widely (write covers read; scope at least as wide).
 */
export interface FindingPrecedent {
  readonly basis: 'same-field' | 'same-kind';
  /** The field it read at base. */
  readonly model: string;
  readonly field: string;
  readonly access: 'read' | 'write';
  readonly scope: string;
}

/** SL005: a group that reads some of the finding's fields at head. */
export interface FindingReader {
  readonly group: FindingGroup;
  /** The finding's fields (names) it reads. */
  readonly fields: readonly string[];
  /** `write` when it writes one of them. */
  readonly access: 'read' | 'write';
  readonly scopes: readonly string[];
  /** Implication chain from the group to the granting group (first field). */
  readonly via: readonly string[];
  /** Distinct base fields that make each read a known kind for the group. */
  readonly precedents: readonly FindingPrecedent[];
}

/** A finding before its message and fingerprint are derived. */
export interface FindingDraft {
  readonly rule: FindingRuleId;
  readonly severity: FindingSeverity;
  readonly group: FindingGroup | null;
  readonly fields: readonly FindingField[];
  /** The headline chain, from the group to the granting group: the `via` shared by the most fields. */
  readonly chain: readonly string[];
  readonly cause: FindingCause;
  readonly location: FindingLocation | null;
  /** Set when a policy allowance covered the finding once but has expired. */
  readonly expiredAllowance?: PolicyAllowanceRef;
  /** SL005 only: the groups reading the new HR data, each with what it already read at base. */
  readonly readers?: readonly FindingReader[];
}

export interface CheckFinding extends FindingDraft {
  /** Stable across runs: rule, group, fields and cause (SARIF `partialFingerprints`). */
  readonly fingerprint: string;
  /** One paragraph for people: who reaches what, through which chain, introduced by what. */
  readonly message: string;
}

/** A finding the policy allows (until `allowance.expires`). */
export interface AllowedFinding extends CheckFinding {
  readonly allowance: PolicyAllowanceRef;
}
