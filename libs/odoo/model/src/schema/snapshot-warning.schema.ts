import { z } from 'zod';

/** Something the reader could not take into account, with the place it comes from when known. */
export interface SnapshotWarning {
  readonly message: string;
  readonly file?: string;
  readonly line?: number;
}

export const snapshotWarningSchema: z.ZodType<SnapshotWarning> = z
  .object({ message: z.string().min(1), file: z.string().optional(), line: z.number().int().positive().optional() })
  .strict();
