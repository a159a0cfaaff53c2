import type { SourceLocation } from '@sightline/odoo-model';

/** Reports a problem of a finished record at its snapshot location. */
export interface LocationReporter {
  error(location: SourceLocation | undefined, message: string): void;
  warn(location: SourceLocation | undefined, message: string): void;
}
