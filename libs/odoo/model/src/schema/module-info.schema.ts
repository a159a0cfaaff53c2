import { z } from 'zod';
import { moduleNameSchema } from './xml-id.schema';

/** An installed module. `loadIndex` is its 0-based position in the load order (base is 0). */
export interface ModuleInfo {
  readonly name: string;
  readonly version: string | null;
  readonly depends: readonly string[];
  /** `true`: installs when all depends are; a list: when those (trigger) depends are. */
  readonly autoInstall: boolean | readonly string[];
  readonly loadIndex: number;
}

export const moduleInfoSchema: z.ZodType<ModuleInfo> = z
  .object({
    name: moduleNameSchema,
    version: z.string().nullable(),
    depends: z.array(moduleNameSchema),
    autoInstall: z.union([z.boolean(), z.array(moduleNameSchema)]),
    loadIndex: z.number().int().nonnegative(),
  })
  .strict();
