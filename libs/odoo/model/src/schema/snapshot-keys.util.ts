import type { AccessRow } from './access-row.schema';
import type { Acl } from './acl.schema';
import type { Classification } from './classification.schema';
import type { Company } from './company.schema';
import type { Department } from './department.schema';
import type { Employee } from './employee.schema';
import type { FieldInfo } from './field-info.schema';
import type { Group } from './group.schema';
import type { ModelInfo } from './model-info.schema';
import type { Rule } from './rule.schema';
import type { User } from './user.schema';

/** `hr.employee/private_street`: field names never contain `/`. */
export function fieldKey(field: { readonly model: string; readonly name: string }): string {
  return `${field.model}/${field.name}`;
}

/** The natural key of a data record (user, company…): its XML id, else `#<database id>`. */
export function recordKey(xmlid: string | null, id: number | null): string {
  if (xmlid) return xmlid;
  if (id === null) throw new Error('a record needs an XML id or a database id');
  return `#${id}`;
}

/** The natural key of each keyed collection of a snapshot: unique, and the sort order of the canonical form. */
export const SNAPSHOT_COLLECTION_KEYS = {
  groups: (group: Group) => group.xmlid,
  users: (user: User) => user.key,
  companies: (company: Company) => company.key,
  employees: (employee: Employee) => employee.key,
  departments: (department: Department) => department.key,
  models: (model: ModelInfo) => model.name,
  fields: (field: FieldInfo) => fieldKey(field),
  acls: (acl: Acl) => acl.xmlid,
  rules: (rule: Rule) => rule.xmlid,
  accessRows: (row: AccessRow) => row.xmlid,
  classifications: (entry: Classification) => `${entry.model}/${entry.field}`,
} as const;

export type SnapshotCollectionName = keyof typeof SNAPSHOT_COLLECTION_KEYS;
