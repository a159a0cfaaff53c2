/** What a change of snapshot touches, so a derived engine recomputes only that. */
export interface ChangeFootprint {
  /** Users whose memberships changed. */
  readonly userKeys: ReadonlySet<string>;
  readonly implicationsChanged: boolean;
  /** Group XML ids the change mentions (new ones get bits). */
  readonly groupXmlids: ReadonlySet<string>;
  /** Models whose ACLs, rules, `ir.access` rows or `_inherits` changed. */
  readonly models: ReadonlySet<string>;
  readonly fieldsChanged: boolean;
  readonly classificationsChanged: boolean;
}
