import odoo17 from './data/odoo-17.0.json';
import odoo18 from './data/odoo-18.0.json';
import odoo19 from './data/odoo-19.0.json';

/** One entry of a shipped `data/odoo-<version>.json` file. */
export interface RawFieldDecision {
  readonly model: string;
  readonly field: string;
  readonly categories?: readonly string[];
  readonly subjects?: readonly string[];
  readonly personal?: boolean;
  readonly reason?: string;
}

export interface RawDecisionFile {
  readonly version: string;
  readonly fields: readonly RawFieldDecision[];
}

/** The shipped default classifications, one file per Odoo version. */
export const DEFAULT_DECISION_FILES: readonly RawDecisionFile[] = [odoo17, odoo18, odoo19];
