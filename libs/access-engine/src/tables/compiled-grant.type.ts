/**
 * A row that grants an operation on a model: an `ir.model.access` row (17/18/19) or a post-19
 * `ir.access` permission row. `bit` is the bit of its group, or -1 for a group-less ACL (everyone).
 */
export interface CompiledGrant {
  readonly kind: 'acl' | 'access-row';
  readonly xmlid: string;
  readonly name: string;
  readonly model: string;
  readonly groupXmlid: string | null;
  readonly bit: number;
}
