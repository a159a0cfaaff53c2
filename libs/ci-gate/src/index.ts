export { runCheck } from './gate/run-check.util';
export type { CheckBase, CheckOptions } from './gate/check-options.type';
export { CheckInputError } from './reading/check-input.error';
export { extractGitRefTree } from './reading/extract-git-ref-tree.util';
export { findRepoRoot } from './reading/find-repo-root.util';
export type { BasePathOrigin, GitRefTree } from './reading/git-ref-tree.type';
export type { GitRefTreeOptions } from './reading/extract-git-ref-tree.util';

export type {
  AllowedFinding,
  CheckFinding,
  FindingCause,
  FindingCauseKind,
  FindingDraft,
  FindingField,
  FindingRestriction,
  FindingGroup,
  FindingLocation,
  FindingRuleId,
  FindingSeverity,
  PolicyAllowanceRef,
} from './model/check-finding.type';
export { CHECK_REPORT_SCHEMA, type CheckBaseKind, type CheckReport, type CheckReportBase } from './model/check-report.type';
export { CHECK_RULES, checkRule, type CheckRuleDescriptor } from './model/check-rules.data';

export type { CheckPolicy, PolicyAllowance } from './policy/check-policy.type';
export { parseCheckPolicy, type ParsedCheckPolicy } from './policy/parse-check-policy.util';
export { readCheckPolicy } from './policy/read-check-policy.util';
export { applyAllowances, type AllowanceOutcome } from './policy/apply-allowances.util';

export { BASELINE_SCHEMA, type CheckBaselineFile } from './baseline/check-baseline.type';
export { toBaselineFile } from './baseline/to-baseline-file.util';
export { parseBaselineFile } from './baseline/parse-baseline-file.util';

export { CHECK_FORMATS, type CheckFormat } from './format/check-format.type';
export { formatCheckReport } from './format/format-check-report.util';
export { formatSarif, SARIF_SCHEMA_URI } from './format/format-sarif.util';
export { formatJunit } from './format/format-junit.util';
export { formatGithub } from './format/format-github.util';
export { formatText } from './format/format-text.util';
export { formatJson } from './format/format-json.util';
