export { isXmlId, XML_ID_PATTERN } from './xml-id/is-xml-id.util';
export { modelXmlIdName } from './xml-id/model-xml-id-name.util';
export { qualifyXmlId } from './xml-id/qualify-xml-id.util';
export { splitXmlId, type XmlIdParts } from './xml-id/split-xml-id.util';

export { accessRowSchema, ACCESS_OPERATION_PATTERN, type AccessRow } from './schema/access-row.schema';
export { aclSchema, type Acl } from './schema/acl.schema';
export { classificationSchema, type Classification } from './schema/classification.schema';
export { companySchema, type Company } from './schema/company.schema';
export { createSnapshot, type SnapshotParts } from './schema/create-snapshot.util';
export { departmentSchema, type Department } from './schema/department.schema';
export { employeeSchema, type Employee } from './schema/employee.schema';
export {
  fieldInfoSchema,
  type FieldGroupRef,
  type FieldInfo,
  type FieldSetBy,
  type GroupsSource,
} from './schema/field-info.schema';
export { groupSchema, type CategoryRef, type Group, type PrivilegeRef } from './schema/group.schema';
export { modelInfoSchema, type InheritsLink, type ModelInfo, type ModelKind } from './schema/model-info.schema';
export { moduleInfoSchema, type ModuleInfo } from './schema/module-info.schema';
export { KNOWN_ODOO_VERSIONS, odooVersionSchema, type KnownOdooVersion, type OdooVersion } from './schema/odoo-version.schema';
export { OPERATIONS, permsSchema, type Operation, type Perms } from './schema/perms.schema';
export { permsOfOperation } from './schema/perms-of-operation.util';
export { ruleSchema, type Rule } from './schema/rule.schema';
export { SNAPSHOT_COLLECTION_KEYS, fieldKey, recordKey, type SnapshotCollectionName } from './schema/snapshot-keys.util';
export {
  snapshotMetaSchema,
  type SnapshotMeta,
  type SnapshotSource,
  type SnapshotSourceKind,
} from './schema/snapshot-meta.schema';
export { SNAPSHOT_SCHEMA_VERSION, snapshotSchema, type Snapshot } from './schema/snapshot.schema';
export { snapshotWarningSchema, type SnapshotWarning } from './schema/snapshot-warning.schema';
export { sourceLocationSchema, type SourceLocation } from './schema/source-location.schema';
export { USER_TYPE_GROUPS, userTypeOfGroup, type UserType } from './schema/user-type.util';
export { userSchema, type EmployeeLink, type User } from './schema/user.schema';
export { modelNameSchema, moduleNameSchema, recordKeySchema, xmlIdSchema } from './schema/xml-id.schema';

export { canonicalJson } from './canonical/canonical-json.util';
export { canonicalizeSnapshot } from './canonical/canonicalize-snapshot.util';
export { compareStrings } from './canonical/compare-strings.util';
export { snapshotHash } from './canonical/snapshot-hash.util';
export { stableStringify } from './canonical/stable-stringify.util';

export { diffSnapshots } from './diff/diff-snapshots.util';
export { isSnapshotDiffEmpty } from './diff/is-snapshot-diff-empty.util';
export type {
  Change,
  ChangeKind,
  DefaultUserGroup,
  FieldGroups,
  Implication,
  Membership,
  SnapshotDiff,
} from './diff/snapshot-diff.type';

export { parseSnapshot, type ParseSnapshotResult } from './parse/parse-snapshot.util';
export { parseSnapshotOrThrow } from './parse/parse-snapshot-or-throw.util';
export { SnapshotParseError } from './parse/snapshot-parse.error';
export type { SnapshotIssue } from './parse/snapshot-issue.type';

export { computeImpliedClosure } from './groups/compute-implied-closure.util';
