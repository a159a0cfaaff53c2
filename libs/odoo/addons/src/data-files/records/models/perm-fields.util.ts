import type { MutablePerms } from '../record-drafts.type';
import type { FieldSpec } from '../security-model-spec.type';

/** `perm_read`, `perm_write`, `perm_create`, `perm_unlink` of ACLs and rules. */
export function permFields<D extends { readonly perms: MutablePerms }>(): Record<string, FieldSpec<D>> {
  return {
    perm_read: { type: 'boolean', set: (d, v) => void (d.perms.read = v) },
    perm_write: { type: 'boolean', set: (d, v) => void (d.perms.write = v) },
    perm_create: { type: 'boolean', set: (d, v) => void (d.perms.create = v) },
    perm_unlink: { type: 'boolean', set: (d, v) => void (d.perms.unlink = v) },
  };
}
