import { z } from 'zod';
import { sourceLocationSchema, type SourceLocation } from './source-location.schema';
import type { UserType } from './user-type.util';
import { recordKeySchema, xmlIdSchema } from './xml-id.schema';

/** The user's `employee_id` and what a manager-scoped rule needs of it. */
export interface EmployeeLink {
  readonly employeeKey: string;
  readonly departmentKey: string | null;
  /** The employee's manager (`parent_id`). */
  readonly parentEmployeeKey: string | null;
}

/** A `res.users` record. `key` is the XML id when known, else `#<id>`. */
export interface User {
  readonly key: string;
  readonly xmlid: string | null;
  readonly id: number | null;
  readonly login: string | null;
  readonly name: string | null;
  readonly active: boolean;
  /** Not internal (`share` is stored by Odoo as `not base.group_user ∈ groups`). */
  readonly share: boolean;
  /** Derived from the effective groups; null when the user holds no user-type group. */
  readonly userType: UserType | null;
  /** Groups assigned explicitly (19 `group_ids`; from source: the x2many commands read). */
  readonly groupXmlids: readonly string[];
  /** 17/18 live databases: `groups_id` as stored, implied groups included (may hold stale rows). */
  readonly storedGroupXmlids?: readonly string[];
  readonly companyKeys: readonly string[];
  readonly companyKey: string | null;
  /** ISO 8601 date-time of the latest login. */
  readonly loginDate: string | null;
  readonly employee: EmployeeLink | null;
  readonly source?: SourceLocation;
  readonly extensions?: readonly SourceLocation[];
}

const employeeLinkSchema: z.ZodType<EmployeeLink> = z
  .object({
    employeeKey: recordKeySchema,
    departmentKey: recordKeySchema.nullable(),
    parentEmployeeKey: recordKeySchema.nullable(),
  })
  .strict();

export const userSchema: z.ZodType<User> = z
  .object({
    key: recordKeySchema,
    xmlid: xmlIdSchema.nullable(),
    id: z.number().int().positive().nullable(),
    login: z.string().nullable(),
    name: z.string().nullable(),
    active: z.boolean(),
    share: z.boolean(),
    userType: z.enum(['internal', 'portal', 'public']).nullable(),
    groupXmlids: z.array(xmlIdSchema),
    storedGroupXmlids: z.array(xmlIdSchema).optional(),
    companyKeys: z.array(recordKeySchema),
    companyKey: recordKeySchema.nullable(),
    loginDate: z.string().datetime({ offset: true }).nullable(),
    employee: employeeLinkSchema.nullable(),
    source: sourceLocationSchema.optional(),
    extensions: z.array(sourceLocationSchema).optional(),
  })
  .strict();
