import type { FieldGroupRef } from '@sightline/odoo-model';

/** What a group's member can do with one classified HR field. */
export interface GrantState {
  readonly access: 'read' | 'write';
  readonly scope: string;
}

/**
 * The facts the gate compares, from a snapshot or a baseline file. Field keys are `model/field`.
 */
export interface HrAccessState {
  readonly odooVersion: string;
  /** Group XML id → field key → grant; groups without HR access are absent. */
  readonly grants: ReadonlyMap<string, ReadonlyMap<string, GrantState>>;
  /** Classified HR fields (per the catalog and the policy). */
  readonly hrFields: ReadonlySet<string>;
  /** `groups=` of the classified HR fields that have any. */
  readonly fieldGroups: ReadonlyMap<string, readonly FieldGroupRef[]>;
  /** XML ids of active group-less ACL rows on models holding HR data. */
  readonly grouplessAcls: ReadonlySet<string>;
  /** Every field the snapshot knows. */
  readonly fields: ReadonlySet<string>;
  /** What a new user gets (17/18 `base.default_user`'s groups, 19+ `base.default_user_group`'s implied groups). */
  readonly defaultUserGroups: ReadonlySet<string>;
}
