import { z } from 'zod';

/**
 * Where a record or field was defined. `file` is relative to the addons path (`hr/security/hr_security.xml`),
 * so snapshots of the same tree read from two checkouts are identical.
 */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
}

export const sourceLocationSchema: z.ZodType<SourceLocation> = z
  .object({ file: z.string().min(1), line: z.number().int().positive() })
  .strict();
