import { z } from 'zod';

/** The versions Sightline knows the semantics of; others are accepted if they look like a version. */
export const KNOWN_ODOO_VERSIONS = ['17.0', '18.0', '19.0', 'post-19'] as const;

export type KnownOdooVersion = (typeof KNOWN_ODOO_VERSIONS)[number];

/** `17.0`, `saas-19.4`, `post-19`, `master`… */
export type OdooVersion = KnownOdooVersion | (string & NonNullable<unknown>);

export const odooVersionSchema: z.ZodType<OdooVersion> = z
  .string()
  .regex(/^(\d+\.\d+|saas-\d+\.\d+|post-\d+|master)$/, 'expected an Odoo version such as "18.0", "saas-19.4" or "post-19"');
