/** One entry of a field's `groups=` attribute: a fully-qualified group XML id, `!`-prefixed when excluded. */
export interface FieldGroupRef {
  readonly xmlid: string;
  readonly negated: boolean;
}

/**
 * A field's `groups=` attribute. A user passes when they hold one listed group that is not negated
 * (or none is listed) and none of the negated ones.
 */
export interface FieldGroups {
  /** As written: the string's value (`'hr.group_hr_user,!base.group_portal'`), or `<expr:…>` for an expression. */
  readonly text: string;
  readonly refs: readonly FieldGroupRef[];
  /** `'.'` (Odoo's `fields.NO_ACCESS`): no user may access the field. */
  readonly noAccess: boolean;
  /** The attribute is an expression whose value could not be determined: `refs` is empty. */
  readonly unresolved: boolean;
}
