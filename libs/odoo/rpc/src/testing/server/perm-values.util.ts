import type { Perms } from '@sightline/odoo-model';

/** `perm_read`… columns of ACL and rule rows. */
export function permValues(perms: Perms): Record<string, boolean> {
  return { perm_read: perms.read, perm_write: perms.write, perm_create: perms.create, perm_unlink: perms.unlink };
}
