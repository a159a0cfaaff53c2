import { z } from 'zod';
import { permsSchema, type Perms } from './perms.schema';
import { sourceLocationSchema, type SourceLocation } from './source-location.schema';
import { modelNameSchema, moduleNameSchema, xmlIdSchema } from './xml-id.schema';

/** An `ir.rule`. No groups = global. `perms` are the operations the rule constrains. */
export interface Rule {
  readonly xmlid: string;
  readonly name: string;
  readonly model: string;
  readonly groupXmlids: readonly string[];
  /** `domain_force` as written (a Python expression); null = no domain (all records). */
  readonly domain: string | null;
  readonly perms: Perms;
  readonly active: boolean;
  readonly module: string;
  readonly source?: SourceLocation;
  readonly extensions?: readonly SourceLocation[];
}

export const ruleSchema: z.ZodType<Rule> = z
  .object({
    xmlid: xmlIdSchema,
    name: z.string(),
    model: modelNameSchema,
    groupXmlids: z.array(xmlIdSchema),
    domain: z.string().nullable(),
    perms: permsSchema,
    active: z.boolean(),
    module: moduleNameSchema,
    source: sourceLocationSchema.optional(),
    extensions: z.array(sourceLocationSchema).optional(),
  })
  .strict();
