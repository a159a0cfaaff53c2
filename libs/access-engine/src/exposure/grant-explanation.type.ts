import type { FieldGroupRef, GroupsSource, InheritsLink } from '@sightline/odoo-model';

/** An ACL row (`acl`) or post-19 `ir.access` permission row (`access-row`) that grants the operation. */
export interface GrantingRow {
  readonly kind: 'acl' | 'access-row';
  readonly xmlid: string;
  readonly name: string;
  readonly model: string;
  /** Null: a group-less ACL, which applies to every user (portal and public included). */
  readonly groupXmlid: string | null;
}

/** The field's effective `groups=` and the user's groups that satisfy it. */
export interface FieldGroupsCheck {
  /** The field lists at least one positive group (or `.`): only their members pass. */
  readonly restricted: boolean;
  readonly groups: readonly FieldGroupRef[];
  /** `unknown`: the field is not in the snapshot (treated as having no groups). */
  readonly source: GroupsSource | 'unknown';
  /** The related target or `_inherits` parent field the groups were copied from. */
  readonly resolvedFrom: string | null;
  /** The user's groups among the positive ones (empty when not `restricted`). */
  readonly admittedBy: readonly string[];
}

/** A record rule (or `ir.access` row) that takes part in the combined domain. */
export interface ScopingRule {
  readonly kind: 'global' | 'group' | 'restriction' | 'permission';
  readonly xmlid: string;
  readonly name: string;
  readonly model: string;
  /** The domain as written. */
  readonly domain: string;
  /** For group rules and permissions: the user's groups among the rule's groups. */
  readonly groupXmlids: readonly string[];
  /** Set for a rule of an `_inherits` parent, added as `(field, 'any', parent domain)`. */
  readonly through: InheritsLink | null;
}

/**
 * Why an operation on a field is allowed: the superuser bypass, or ACL rows → field groups → rules.
 * Group XML ids appear as the granting groups; `via` (on user and group exposures) maps each of them
 * to the implication path from a group the user holds explicitly.
 */
export interface GrantExplanation {
  readonly superuser: boolean;
  readonly grantingRows: readonly GrantingRow[];
  readonly fieldGroups: FieldGroupsCheck;
  readonly rules: readonly ScopingRule[];
  /** The model has group rules for the operation but none of the user's: the OR part was left out. */
  readonly groupRulesDropped: boolean;
}
