import { z } from 'zod';
import { sourceLocationSchema, type SourceLocation } from './source-location.schema';
import type { UserType } from './user-type.util';
import { moduleNameSchema, xmlIdSchema } from './xml-id.schema';

/** An `ir.module.category` ("Application"), named when its record was read. */
export interface CategoryRef {
  readonly xmlid: string;
  readonly name: string | null;
}

/** A 19+ `res.groups.privilege`: one row of the user form, inside a category. */
export interface PrivilegeRef {
  readonly xmlid: string;
  readonly name: string | null;
  readonly category: CategoryRef | null;
}

/** A `res.groups` record. */
export interface Group {
  readonly xmlid: string;
  /** Null when only extensions of a group defined outside the tree were read. */
  readonly name: string | null;
  /** The module of the XML id. */
  readonly module: string;
  /** 17/18 `category_id`. */
  readonly category: CategoryRef | null;
  /** 19+ `privilege_id`. */
  readonly privilege: PrivilegeRef | null;
  /** Direct implications (`implied_ids`); the closure is computed downstream. */
  readonly impliedXmlids: readonly string[];
  readonly share: boolean;
  readonly comment: string | null;
  /** Set for `base.group_user`, `base.group_portal`, `base.group_public`. */
  readonly userType: UserType | null;
  /** The record that created the group, when read from source. */
  readonly source?: SourceLocation;
  /** Later records of the same XML id (other modules or files) that changed it. */
  readonly extensions?: readonly SourceLocation[];
}

const categoryRefSchema: z.ZodType<CategoryRef> = z.object({ xmlid: xmlIdSchema, name: z.string().nullable() }).strict();

const privilegeRefSchema: z.ZodType<PrivilegeRef> = z
  .object({ xmlid: xmlIdSchema, name: z.string().nullable(), category: categoryRefSchema.nullable() })
  .strict();

export const groupSchema: z.ZodType<Group> = z
  .object({
    xmlid: xmlIdSchema,
    name: z.string().nullable(),
    module: moduleNameSchema,
    category: categoryRefSchema.nullable(),
    privilege: privilegeRefSchema.nullable(),
    impliedXmlids: z.array(xmlIdSchema),
    share: z.boolean(),
    comment: z.string().nullable(),
    userType: z.enum(['internal', 'portal', 'public']).nullable(),
    source: sourceLocationSchema.optional(),
    extensions: z.array(sourceLocationSchema).optional(),
  })
  .strict();
