import { z } from 'zod';
import { recordKeySchema, xmlIdSchema } from './xml-id.schema';

/** An `hr.employee`, when the reader may read them. */
export interface Employee {
  readonly key: string;
  readonly xmlid: string | null;
  readonly id: number | null;
  readonly name: string | null;
  readonly userKey: string | null;
  readonly departmentKey: string | null;
  /** The manager (`parent_id`). */
  readonly parentKey: string | null;
  readonly companyKey: string | null;
  readonly active: boolean;
}

export const employeeSchema: z.ZodType<Employee> = z
  .object({
    key: recordKeySchema,
    xmlid: xmlIdSchema.nullable(),
    id: z.number().int().positive().nullable(),
    name: z.string().nullable(),
    userKey: recordKeySchema.nullable(),
    departmentKey: recordKeySchema.nullable(),
    parentKey: recordKeySchema.nullable(),
    companyKey: recordKeySchema.nullable(),
    active: z.boolean(),
  })
  .strict();
