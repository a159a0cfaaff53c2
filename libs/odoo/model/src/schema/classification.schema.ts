import { z } from 'zod';
import { modelNameSchema } from './xml-id.schema';

/** Personal-data classification of one field (the taxonomy itself lives in privacy-catalog). */
export interface Classification {
  readonly model: string;
  readonly field: string;
  /** Data category keys, e.g. `user.contact.address`. */
  readonly categories: readonly string[];
  /** Data subjects, e.g. `employee`. */
  readonly subjects: readonly string[];
}

export const classificationSchema: z.ZodType<Classification> = z
  .object({
    model: modelNameSchema,
    field: z.string().min(1),
    categories: z.array(z.string().min(1)),
    subjects: z.array(z.string().min(1)),
  })
  .strict();
