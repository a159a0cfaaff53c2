import { z } from 'zod';
import { sourceLocationSchema, type SourceLocation } from './source-location.schema';
import { modelNameSchema, moduleNameSchema, xmlIdSchema } from './xml-id.schema';

/**
 * A post-19 `ir.access` row (ACLs and rules merged). With a group it is a permission, without one a
 * restriction. `operation` is a subset of `crud` in that order (`crud`, `r`, `cu`…).
 */
export interface AccessRow {
  readonly xmlid: string;
  readonly name: string;
  readonly model: string;
  readonly groupXmlid: string | null;
  readonly operation: string;
  readonly domain: string | null;
  readonly active: boolean;
  readonly module: string;
  readonly source?: SourceLocation;
  readonly extensions?: readonly SourceLocation[];
}

export const ACCESS_OPERATION_PATTERN = /^c?r?u?d?$/;

export const accessRowSchema: z.ZodType<AccessRow> = z
  .object({
    xmlid: xmlIdSchema,
    name: z.string(),
    model: modelNameSchema,
    groupXmlid: xmlIdSchema.nullable(),
    operation: z
      .string()
      .min(1, 'expected at least one operation')
      .regex(ACCESS_OPERATION_PATTERN, 'expected a subset of "crud" in that order'),
    domain: z.string().nullable(),
    active: z.boolean(),
    module: moduleNameSchema,
    source: sourceLocationSchema.optional(),
    extensions: z.array(sourceLocationSchema).optional(),
  })
  .strict();
