import type { Snapshot } from '@sightline/odoo-model';
import { fieldAt } from '../exposure/field-at.util';
import type { HrAccessState } from '../exposure/hr-access-state.type';
import type { CheckFinding, FindingDraft } from '../model/check-finding.type';
import { CHECK_REPORT_SCHEMA, type CheckReport } from '../model/check-report.type';
import { finalizeFinding } from '../model/finalize-finding.util';
import { applyAllowances } from '../policy/apply-allowances.util';
import { buildAccessFindings } from './build-access-findings.util';
import { buildAclFindings } from './build-acl-findings.util';
import type { BuildContext } from './build-context.type';
import { buildDefaultGroupFindings } from './build-default-group-findings.util';
import { buildFieldGroupsFindings } from './build-field-groups-findings.util';
import { buildUnclassifiedFindings } from './build-unclassified-findings.util';
import type { CheckOptions } from './check-options.type';
import { findingLocationResolver } from './finding-location.resolver';
import type { SideReading } from './read-side.util';
import { RecordTextReader } from './record-text.reader';

export interface ReportInput {
  readonly options: CheckOptions;
  readonly head: SideReading;
  readonly base: HrAccessState;
  readonly baseSnapshot: Snapshot | null;
}

/** Every finding of head against base, after the policy, sorted, with the verdict. */
export function assembleReport({ options, head, base, baseSnapshot }: ReportInput): Omit<CheckReport, 'base'> {
  const ctx: BuildContext = {
    base,
    head: head.view,
    headCatalog: head.catalog,
    attribution: {
      head: head.view.snapshot,
      base: baseSnapshot,
      records: new RecordTextReader(options.addonsPaths),
      headField: fieldAt(head.view),
      baseFields: base.fields,
    },
    locate: findingLocationResolver(options.addonsPaths, options.repoRoot),
    requireClassification: options.requireClassification === true || options.policy?.requireClassification === true,
  };
  const drafts = [buildAccessFindings, buildDefaultGroupFindings, buildFieldGroupsFindings, buildAclFindings, buildUnclassifiedFindings].flatMap((build) => build(ctx));
  const outcome = applyAllowances(drafts, options.policy?.allow ?? [], options.today);
  const findings = outcome.findings.map(finalizeFinding).sort(compareFindings);
  const allowed = outcome.allowed.map(finalizeFinding).sort(compareFindings);
  const errors = findings.filter((f) => f.severity === 'error').length;
  return {
    schema: CHECK_REPORT_SCHEMA,
    tool: { name: 'sightline', version: options.toolVersion },
    verdict: errors > 0 ? 'fail' : 'pass',
    exitCode: errors > 0 ? 1 : 0,
    head: { addonsPaths: options.addonsPaths, odooVersion: head.view.snapshot.meta.odooVersion },
    summary: { errors, warnings: findings.length - errors, allowed: allowed.length, readWarnings: head.readWarnings },
    findings,
    allowed,
  };
}

function compareFindings(a: CheckFinding | FindingDraft, b: CheckFinding | FindingDraft): number {
  const key = (f: FindingDraft) => [f.severity === 'error' ? '0' : '1', f.rule, f.group?.xmlid ?? '', f.fields[0] ? `${f.fields[0].model}/${f.fields[0].field}` : ''].join('\u0000');
  const [ka, kb] = [key(a), key(b)];
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
