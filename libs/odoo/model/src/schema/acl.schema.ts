import { z } from 'zod';
import { permsSchema, type Perms } from './perms.schema';
import { sourceLocationSchema, type SourceLocation } from './source-location.schema';
import { modelNameSchema, moduleNameSchema, xmlIdSchema } from './xml-id.schema';

/** An `ir.model.access` row. A null group means every user, portal and public included. */
export interface Acl {
  readonly xmlid: string;
  readonly name: string;
  readonly model: string;
  readonly groupXmlid: string | null;
  readonly perms: Perms;
  readonly active: boolean;
  readonly module: string;
  readonly source?: SourceLocation;
  readonly extensions?: readonly SourceLocation[];
}

export const aclSchema: z.ZodType<Acl> = z
  .object({
    xmlid: xmlIdSchema,
    name: z.string(),
    model: modelNameSchema,
    groupXmlid: xmlIdSchema.nullable(),
    perms: permsSchema,
    active: z.boolean(),
    module: moduleNameSchema,
    source: sourceLocationSchema.optional(),
    extensions: z.array(sourceLocationSchema).optional(),
  })
  .strict();
