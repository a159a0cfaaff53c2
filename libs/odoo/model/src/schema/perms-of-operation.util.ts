import type { Perms } from './perms.schema';

/** The operations of a post-19 `ir.access` `operation` string (`crud` letters). */
export function permsOfOperation(operation: string): Perms {
  return {
    create: operation.includes('c'),
    read: operation.includes('r'),
    write: operation.includes('u'),
    unlink: operation.includes('d'),
  };
}
