import type { Classification, Snapshot } from '@sightline/odoo-model';
import { splitNewAccess } from '../diff/compute-new-access.util';
import { KnownHrData } from '../diff/known-hr-data.util';
import { fieldAt } from '../exposure/field-at.util';
import { fieldKey } from '../exposure/field-key.util';
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
import { buildNewHrDataFindings } from './build-new-hr-data-findings.util';
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
  const known = KnownHrData.of({ base, baseSnapshot, head: head.view, kindAtBase: kindAtBase(baseSnapshot, head) });
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
    newAccess: splitNewAccess(base, head.view, known),
    newHrDataSeverity: options.strict === true || options.policy?.newHrData === 'error' ? 'error' : 'warning',
  };
  const builders = [buildAccessFindings, buildDefaultGroupFindings, buildFieldGroupsFindings, buildAclFindings, buildUnclassifiedFindings, buildNewHrDataFindings];
  const drafts = builders.flatMap((build) => build(ctx));
  const outcome = applyAllowances(drafts, options.policy?.allow ?? [], options.today);
  const findings = outcome.findings.map(finalizeFinding).sort(compareFindings);
  const allowed = outcome.allowed.map(finalizeFinding).sort(compareFindings);
  const errors = findings.filter((f) => f.severity === 'error').length;
  return {
    schema: CHECK_REPORT_SCHEMA,
    tool: { name: 'sightline', version: options.toolVersion },
    verdict: errors > 0 ? 'fail' : 'pass',
    exitCode: errors > 0 ? 1 : 0,
    head: { addonsPaths: options.addonsPaths, odooVersion: head.view.snapshot.meta.odooVersion, modules: head.view.snapshot.meta.modules.length },
    summary: { errors, warnings: findings.length - errors, allowed: allowed.length, readWarnings: head.readWarnings },
    findings,
    allowed,
  };
}

/** A base HR field's categories and subjects: base's classification, else (a baseline file) head's. */
function kindAtBase(baseSnapshot: Snapshot | null, head: SideReading): (key: string) => Pick<Classification, 'categories' | 'subjects'> | undefined {
  const classified = new Map([...head.view.hrClassifications, ...(baseSnapshot?.classifications ?? [])].map((c) => [fieldKey(c), c]));
  return (key) => {
    const known = classified.get(key);
    if (known) return known;
    const slash = key.indexOf('/');
    return head.catalog.classificationOf(key.slice(0, slash), key.slice(slash + 1));
  };
}

function compareFindings(a: CheckFinding | FindingDraft, b: CheckFinding | FindingDraft): number {
  const key = (f: FindingDraft) => [f.severity === 'error' ? '0' : '1', f.rule, f.group?.xmlid ?? '', f.fields[0] ? `${f.fields[0].model}/${f.fields[0].field}` : ''].join('\u0000');
  const [ka, kb] = [key(a), key(b)];
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
