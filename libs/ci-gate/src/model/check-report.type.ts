import type { BasePathOrigin } from '../reading/git-ref-tree.type';
import type { AllowedFinding, CheckFinding } from './check-finding.type';

export const CHECK_REPORT_SCHEMA = 'sightline.check/v1';

export type CheckBaseKind = 'paths' | 'git-ref' | 'baseline';

export interface CheckReportBase {
  readonly kind: CheckBaseKind;
  readonly description: string;
  readonly odooVersion: string;
  /** `git-ref` only: the revision given to `--base-ref`. */
  readonly ref?: string;
  /** `git-ref` only: per head addons path, whether it was compared at the revision or taken as it is on both sides. */
  readonly paths?: readonly BasePathOrigin[];
}

/** What `sightline check --format json` prints (documented in libs/ci-gate/README.md). */
export interface CheckReport {
  readonly schema: typeof CHECK_REPORT_SCHEMA;
  readonly tool: { readonly name: 'sightline'; readonly version: string };
  /** `fail` when an error finding is left after the policy: exit code 1. */
  readonly verdict: 'pass' | 'fail';
  readonly exitCode: 0 | 1;
  /** `modules`: how many the head trees install (absent in reports written before it was added). */
  readonly head: { readonly addonsPaths: readonly string[]; readonly odooVersion: string; readonly modules?: number };
  readonly base: CheckReportBase | null;
  readonly summary: {
    readonly errors: number;
    readonly warnings: number;
    readonly allowed: number;
    /** Problems in the trees that did not stop the reading (unresolved references). */
    readonly readWarnings: number;
  };
  /** Errors first, then warnings; within each, by rule, group and first field. */
  readonly findings: readonly CheckFinding[];
  readonly allowed: readonly AllowedFinding[];
  /** Set when `--baseline-write` wrote a file. */
  readonly baselineWritten?: string;
}
