import type { SourceLocation } from '@sightline/odoo-model';

/**
 * A record rule that restricts the records further than the reported scope says: `own-company,
 * further restricted` by a custom rule keeping the user's own and subordinate employees.
 */
export interface RestrictingRule {
  readonly xmlid: string;
  readonly name: string | null;
  /** Where the rule is defined (relative to its addons path), when known. */
  readonly location: SourceLocation | null;
}
