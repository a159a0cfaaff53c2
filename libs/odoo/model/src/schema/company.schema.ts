import { z } from 'zod';
import { recordKeySchema, xmlIdSchema } from './xml-id.schema';

/** A `res.company`. */
export interface Company {
  readonly key: string;
  readonly xmlid: string | null;
  readonly id: number | null;
  readonly name: string | null;
  readonly parentKey: string | null;
}

export const companySchema: z.ZodType<Company> = z
  .object({
    key: recordKeySchema,
    xmlid: xmlIdSchema.nullable(),
    id: z.number().int().positive().nullable(),
    name: z.string().nullable(),
    parentKey: recordKeySchema.nullable(),
  })
  .strict();
