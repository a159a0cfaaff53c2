import type { AccessRow } from '../schema/access-row.schema';
import type { Acl } from '../schema/acl.schema';
import type { FieldGroupRef } from '../schema/field-info.schema';
import type { Group } from '../schema/group.schema';
import type { ModelInfo } from '../schema/model-info.schema';
import type { ModuleInfo } from '../schema/module-info.schema';
import type { Rule } from '../schema/rule.schema';
import type { User } from '../schema/user.schema';

export type ChangeKind = 'added' | 'removed' | 'changed';

/** One difference: `before` is null when added, `after` is null when removed. */
export interface Change<T> {
  readonly key: string;
  readonly change: ChangeKind;
  readonly before: T | null;
  readonly after: T | null;
}

/** `groupXmlid` implies `impliedXmlid` (a direct `implied_ids` link). */
export interface Implication {
  readonly groupXmlid: string;
  readonly impliedXmlid: string;
}

/** `userKey` is explicitly in `groupXmlid`. */
export interface Membership {
  readonly userKey: string;
  readonly groupXmlid: string;
}

/** The `groups=` of a field that has any. */
export interface FieldGroups {
  readonly model: string;
  readonly field: string;
  readonly groups: readonly FieldGroupRef[];
}

export interface DefaultUserGroup {
  readonly groupXmlid: string;
}

/**
 * Differences between two snapshots, each list sorted by key. Provenance (source locations,
 * `setBy`) is not compared. Implications and memberships are reported in their own lists, not as
 * changes of the group or user; `fieldGroups` only lists fields whose `groups` differ.
 */
export interface SnapshotDiff {
  readonly modules: readonly Change<ModuleInfo>[];
  readonly groups: readonly Change<Group>[];
  readonly implications: readonly Change<Implication>[];
  readonly users: readonly Change<User>[];
  readonly memberships: readonly Change<Membership>[];
  readonly acls: readonly Change<Acl>[];
  readonly rules: readonly Change<Rule>[];
  readonly accessRows: readonly Change<AccessRow>[];
  readonly models: readonly Change<ModelInfo>[];
  readonly fieldGroups: readonly Change<FieldGroups>[];
  readonly defaultUserGroups: readonly Change<DefaultUserGroup>[];
}
