import { z } from 'zod';

export type Operation = 'read' | 'write' | 'create' | 'unlink';

export const OPERATIONS: readonly Operation[] = ['read', 'write', 'create', 'unlink'];

/** Which ORM operations a row grants (ACL) or constrains (record rule). */
export interface Perms {
  readonly read: boolean;
  readonly write: boolean;
  readonly create: boolean;
  readonly unlink: boolean;
}

export const permsSchema: z.ZodType<Perms> = z
  .object({ read: z.boolean(), write: z.boolean(), create: z.boolean(), unlink: z.boolean() })
  .strict();
