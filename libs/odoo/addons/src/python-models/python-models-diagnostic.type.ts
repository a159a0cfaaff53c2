import type { SourceSite } from './source-site.type';

/** Something in the model sources that Odoo would reject or that cannot be followed; the computation goes on without it. */
export interface PythonModelsDiagnostic {
  readonly site?: SourceSite;
  readonly message: string;
}
