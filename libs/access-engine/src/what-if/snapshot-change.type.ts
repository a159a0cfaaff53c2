import type { AccessRow, Acl, Classification, FieldInfo, Group, ModelInfo, Rule } from '@sightline/odoo-model';

/** What installing a module adds: groups (an existing XML id extends that group's implications), rows, fields… */
export interface ModuleData {
  readonly name: string;
  readonly groups?: readonly Group[];
  readonly acls?: readonly Acl[];
  readonly rules?: readonly Rule[];
  readonly accessRows?: readonly AccessRow[];
  readonly models?: readonly ModelInfo[];
  readonly fields?: readonly FieldInfo[];
  readonly classifications?: readonly Classification[];
  /** `users` / `user_ids` links the module's data makes (e.g. `base.user_admin` into its manager group). */
  readonly memberships?: readonly { readonly userKey: string; readonly groupXmlid: string }[];
  /** Groups the module adds to new users' defaults (`base.default_user` / `base.default_user_group`). */
  readonly defaultUserGroupXmlids?: readonly string[];
}

/**
 * A proposed change to a snapshot. `put-*` adds a row or replaces the one with the same key.
 * Memberships follow the version: 19+ edit the explicit `group_ids`; 17/18 with stored `groups_id`
 * also write the stored set as Odoo does (adding links the group and its implied groups; removing
 * unlinks the group only, and Odoo re-adds it if another held group implies it).
 */
export type SnapshotChange =
  | { readonly kind: 'add-membership'; readonly userKey: string; readonly groupXmlid: string }
  | { readonly kind: 'remove-membership'; readonly userKey: string; readonly groupXmlid: string }
  | { readonly kind: 'add-implication'; readonly groupXmlid: string; readonly impliedXmlid: string }
  | { readonly kind: 'remove-implication'; readonly groupXmlid: string; readonly impliedXmlid: string }
  | { readonly kind: 'put-group'; readonly group: Group }
  | { readonly kind: 'put-acl'; readonly acl: Acl }
  | { readonly kind: 'remove-acl'; readonly xmlid: string }
  | { readonly kind: 'put-rule'; readonly rule: Rule }
  | { readonly kind: 'remove-rule'; readonly xmlid: string }
  | { readonly kind: 'put-access-row'; readonly row: AccessRow }
  | { readonly kind: 'remove-access-row'; readonly xmlid: string }
  | { readonly kind: 'put-model'; readonly model: ModelInfo }
  | { readonly kind: 'put-field'; readonly field: FieldInfo }
  | { readonly kind: 'put-classification'; readonly classification: Classification }
  | { readonly kind: 'add-default-group'; readonly groupXmlid: string }
  | { readonly kind: 'add-module'; readonly module: ModuleData };
