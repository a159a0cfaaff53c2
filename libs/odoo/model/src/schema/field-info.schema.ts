import { z } from 'zod';
import { XML_ID_PATTERN } from '../xml-id/is-xml-id.util';
import { modelNameSchema, moduleNameSchema } from './xml-id.schema';

/** One entry of a field's `groups=`: `!` entries exclude. The xml id `.` means "nobody" (19 NO_ACCESS). */
export interface FieldGroupRef {
  readonly xmlid: string;
  readonly negated: boolean;
}

/**
 * How the effective groups were found: written on the field, copied from a related field's target,
 * taken from an `_inherits` parent, from the shipped catalog, from a live `fields_get`, or none at all.
 */
export type GroupsSource = 'none' | 'explicit' | 'related' | 'inherited' | 'catalog' | 'live';

export interface FieldSetBy {
  readonly module: string;
  readonly file?: string;
  readonly line?: number;
}

/** A model field with its effective `groups`. */
export interface FieldInfo {
  readonly model: string;
  readonly name: string;
  /** Odoo field type, e.g. `Char`, `Many2one` (as written in source; lower case from `ir.model.fields`). */
  readonly type: string;
  readonly relation?: string | null;
  /** The related path (`employee_id.private_street`), or null. */
  readonly related: string | null;
  readonly groups: readonly FieldGroupRef[];
  readonly groupsSource: GroupsSource;
  /** The definition that decided `groups` (the last one wins in Odoo). */
  readonly setBy?: FieldSetBy;
}

const fieldGroupRefSchema: z.ZodType<FieldGroupRef> = z
  .object({
    xmlid: z.string().refine((v) => v === '.' || XML_ID_PATTERN.test(v), 'expected an XML id or "."'),
    negated: z.boolean(),
  })
  .strict();

export const fieldInfoSchema: z.ZodType<FieldInfo> = z
  .object({
    model: modelNameSchema,
    name: z.string().regex(/^\w+$/, 'expected a field name'),
    type: z.string().min(1),
    relation: modelNameSchema.nullable().optional(),
    related: z.string().nullable(),
    groups: z.array(fieldGroupRefSchema),
    groupsSource: z.enum(['none', 'explicit', 'related', 'inherited', 'catalog', 'live']),
    setBy: z
      .object({ module: moduleNameSchema, file: z.string().optional(), line: z.number().int().positive().optional() })
      .strict()
      .optional(),
  })
  .strict();
