export { AccessEngine } from './engine/access-engine';
export type { AccessEngineOptions } from './engine/access-engine-options';
export type { ChangeFootprint } from './engine/change-footprint.type';
export { semanticsOfVersion, type OdooSemantics } from './semantics/odoo-semantics';

export { GroupSet } from './bitset/group-set';
export { GroupIndex, NO_ACCESS } from './groups/group-index';
export { computeGroupClosures, buildImplicationGraph, closureOf, type ImplicationGraph } from './groups/group-closures.util';
export { ImplicationPaths } from './groups/implication-paths';
export type { AccessProfile, MembershipOrigin } from './population/access-profile.type';
export { isSuperuser } from './population/user-identity.util';

export type { ClassifiedField } from './exposure/classified-field.type';
export type { ExposureCell } from './exposure/exposure-cell.type';
export { EXPOSURE_OPERATIONS, type ExposureOperation, type FieldGrant, type RecordScope } from './exposure/field-grant.type';
export type { FieldGroupsCheck, GrantExplanation, GrantingRow, ScopingRule } from './exposure/grant-explanation.type';
export type { FieldExposure, UserExposure, ViaPaths } from './exposure/field-exposure.type';
export type { ExposureMatrix, ProfileExposure, ProfileSummary } from './exposure/exposure-matrix.type';
export type { GroupExposure, HypotheticalExposure } from './exposure/hypothetical-exposure.type';
export type { FieldReader, FieldReaders, GroupReaders, ProfileReaders } from './exposure/field-readers.type';
export type { RecordCount } from './mirror/record-count.type';

export { computeUserExposure, type UserExposureOptions } from './exposure/compute-user-exposure.util';
export { computeExposureMatrix } from './exposure/compute-exposure-matrix.util';
export { computeGroupExposure, computeGroupExposures } from './exposure/compute-group-exposure.util';
export { computeNewUserExposure } from './exposure/compute-new-user-exposure.util';
export { computeHypotheticalExposure } from './exposure/compute-hypothetical-exposure.util';
export { computeEffectiveGroups, type HeldGroup } from './exposure/compute-effective-groups.util';
export { computeRecordScope, type UserModelAccess } from './exposure/compute-record-scope.util';
export { findFieldReaders } from './exposure/find-field-readers.util';
export { listReadableFields } from './exposure/list-readable-fields.util';

export type { ModuleData, SnapshotChange } from './what-if/snapshot-change.type';
export { applySnapshotChanges, type AppliedChanges } from './what-if/apply-snapshot-changes.util';
export { computeWhatIf } from './what-if/compute-what-if.util';
export { diffExposure, type DiffScope } from './what-if/diff-exposure.util';
export type { ExposureChange, ExposureDiff } from './what-if/exposure-diff.type';
export type { WhatIfResult } from './what-if/what-if-result.type';
