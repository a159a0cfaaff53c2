import { z } from 'zod';
import { sourceLocationSchema, type SourceLocation } from './source-location.schema';
import { modelNameSchema, moduleNameSchema } from './xml-id.schema';

export type ModelKind = 'Model' | 'TransientModel' | 'AbstractModel';

/** One `_inherits` delegation: records of `model` embed a `parentModel` record through `field`. */
export interface InheritsLink {
  readonly parentModel: string;
  readonly field: string;
}

/** An `ir.model`: a class with `_name`. */
export interface ModelInfo {
  readonly name: string;
  readonly description: string | null;
  readonly kind: ModelKind;
  /** The module that declared `_name`; null when unknown (live reads of custom models). */
  readonly module: string | null;
  readonly inherits: readonly InheritsLink[];
  readonly source?: SourceLocation;
}

export const modelInfoSchema: z.ZodType<ModelInfo> = z
  .object({
    name: modelNameSchema,
    description: z.string().nullable(),
    kind: z.enum(['Model', 'TransientModel', 'AbstractModel']),
    module: moduleNameSchema.nullable(),
    inherits: z.array(z.object({ parentModel: modelNameSchema, field: z.string().min(1) }).strict()),
    source: sourceLocationSchema.optional(),
  })
  .strict();
