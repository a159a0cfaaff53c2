import type { CheckPolicy } from '../policy/check-policy.type';

/** Where the accepted state comes from. */
export type CheckBase =
  | { readonly kind: 'paths'; readonly addonsPaths: readonly string[] }
  /** `repo`: the repository the revision belongs to (`--repo`); paths outside it are taken as they are. */
  | { readonly kind: 'git-ref'; readonly ref: string; readonly repo?: string }
  | { readonly kind: 'baseline'; readonly file: string };

export interface CheckOptions {
  /** Head addons paths (absolute). */
  readonly addonsPaths: readonly string[];
  /** Absent only to write a baseline. */
  readonly base?: CheckBase;
  readonly install?: readonly string[];
  /** Head version (default: `odoo/release.py` beside base). */
  readonly odooVersion?: string;
  /** Base version (default: detected, else the head version). */
  readonly baseOdooVersion?: string;
  /** Unresolved references in the trees fail too. */
  readonly strict?: boolean;
  readonly policy?: CheckPolicy;
  /** SL004 findings are errors (also `requireClassification: true` in the policy). */
  readonly requireClassification?: boolean;
  /** Finding files are relative to it (the repository root). */
  readonly repoRoot: string;
  /** `YYYY-MM-DD`, for allowance expiry. */
  readonly today: string;
  readonly baselineWrite?: string;
  readonly toolVersion: string;
}
