import { z } from 'zod';
import { recordKeySchema, xmlIdSchema } from './xml-id.schema';

/** An `hr.department`. */
export interface Department {
  readonly key: string;
  readonly xmlid: string | null;
  readonly id: number | null;
  readonly name: string | null;
  readonly parentKey: string | null;
  /** The manager employee. */
  readonly managerKey: string | null;
  readonly companyKey: string | null;
}

export const departmentSchema: z.ZodType<Department> = z
  .object({
    key: recordKeySchema,
    xmlid: xmlIdSchema.nullable(),
    id: z.number().int().positive().nullable(),
    name: z.string().nullable(),
    parentKey: recordKeySchema.nullable(),
    managerKey: recordKeySchema.nullable(),
    companyKey: recordKeySchema.nullable(),
  })
  .strict();
