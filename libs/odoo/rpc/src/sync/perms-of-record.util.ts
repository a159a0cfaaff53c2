import type { Perms } from '@sightline/odoo-model';
import type { OdooRecord } from '../client/odoo-record.type';

/** `perm_read`/`perm_write`/`perm_create`/`perm_unlink` of an ACL or rule record. */
export function permsOfRecord(row: OdooRecord): Perms {
  return { read: row['perm_read'] === true, write: row['perm_write'] === true, create: row['perm_create'] === true, unlink: row['perm_unlink'] === true };
}
