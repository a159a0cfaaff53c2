import { z } from 'zod';
import { accessRowSchema, type AccessRow } from './access-row.schema';
import { aclSchema, type Acl } from './acl.schema';
import { classificationSchema, type Classification } from './classification.schema';
import { companySchema, type Company } from './company.schema';
import { departmentSchema, type Department } from './department.schema';
import { employeeSchema, type Employee } from './employee.schema';
import { fieldInfoSchema, type FieldInfo } from './field-info.schema';
import { groupSchema, type Group } from './group.schema';
import { modelInfoSchema, type ModelInfo } from './model-info.schema';
import { ruleSchema, type Rule } from './rule.schema';
import { snapshotMetaSchema, type SnapshotMeta } from './snapshot-meta.schema';
import { SNAPSHOT_COLLECTION_KEYS, type SnapshotCollectionName } from './snapshot-keys.util';
import { userSchema, type User } from './user.schema';
import { xmlIdSchema } from './xml-id.schema';

export const SNAPSHOT_SCHEMA_VERSION = 1;

/** The whole security model of one Odoo database or one set of addon trees at one moment. */
export interface Snapshot {
  readonly schemaVersion: typeof SNAPSHOT_SCHEMA_VERSION;
  readonly meta: SnapshotMeta;
  readonly groups: readonly Group[];
  readonly users: readonly User[];
  readonly companies: readonly Company[];
  readonly employees: readonly Employee[];
  readonly departments: readonly Department[];
  readonly models: readonly ModelInfo[];
  readonly fields: readonly FieldInfo[];
  readonly acls: readonly Acl[];
  readonly rules: readonly Rule[];
  /** Post-19 `ir.access` rows (empty before). */
  readonly accessRows: readonly AccessRow[];
  /** What a new user gets: 17/18 the groups of `base.default_user`, 19+ `base.default_user_group`'s implied groups. */
  readonly defaultUserGroupXmlids: readonly string[];
  readonly classifications: readonly Classification[];
}

const snapshotObjectSchema = z
  .object({
    schemaVersion: z.literal(SNAPSHOT_SCHEMA_VERSION),
    meta: snapshotMetaSchema,
    groups: z.array(groupSchema),
    users: z.array(userSchema),
    companies: z.array(companySchema),
    employees: z.array(employeeSchema),
    departments: z.array(departmentSchema),
    models: z.array(modelInfoSchema),
    fields: z.array(fieldInfoSchema),
    acls: z.array(aclSchema),
    rules: z.array(ruleSchema),
    accessRows: z.array(accessRowSchema),
    defaultUserGroupXmlids: z.array(xmlIdSchema),
    classifications: z.array(classificationSchema),
  })
  .strict();

/** Validates shape and uniqueness of every natural key (module names, XML ids, model/field…). */
export const snapshotSchema: z.ZodType<Snapshot> = snapshotObjectSchema.superRefine((snapshot, ctx) => {
  for (const name of Object.keys(SNAPSHOT_COLLECTION_KEYS) as SnapshotCollectionName[]) {
    reportDuplicates(snapshot[name] as readonly object[], SNAPSHOT_COLLECTION_KEYS[name] as (item: object) => string, [name], ctx);
  }
  reportDuplicates(snapshot.meta.modules, (module) => module.name, ['meta', 'modules'], ctx);
});

function reportDuplicates<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  path: (string | number)[],
  ctx: z.RefinementCtx,
): void {
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const key = keyOf(item);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else ctx.addIssue({ code: z.ZodIssueCode.custom, path: [...path, index], message: `duplicate key "${key}" (first at index ${first})` });
  });
}
