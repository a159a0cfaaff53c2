import type { AllowedFinding, CheckFinding } from '../model/check-finding.type';
import type { CheckReport } from '../model/check-report.type';
import { CHECK_RULES } from '../model/check-rules.data';
import { basePathsLines, basePathsSummary } from './base-paths.util';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

const INFORMATION_URI = 'https://github.com/sightline-privacy/sightline';

/**
 * SARIF 2.1.0: one run, the rules as `tool.driver.rules`, one result per finding located at the
 * introducing file and line (relative to the repository root, `%SRCROOT%`). Allowed findings are
 * results with an accepted external suppression carrying the policy's reason.
 */
export function formatSarif(report: CheckReport): string {
  const sarif = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'sightline',
            version: report.tool.version,
            informationUri: INFORMATION_URI,
            rules: CHECK_RULES.map((rule) => ({
              id: rule.id,
              name: rule.name,
              shortDescription: { text: rule.summary },
              fullDescription: { text: rule.help },
              help: { text: rule.help },
              defaultConfiguration: { level: rule.defaultSeverity },
            })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The repository root' } } },
        results: [...report.findings.map((f) => result(f)), ...report.allowed.map((f) => result(f, f))],
        invocations: [invocation(report)],
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}

/**
 * With `--base-ref`, the invocation says which addons paths were compared at the revision and which
 * were taken as they are: as a note, and in `properties.base` (`ref`, `comparedAtRef`, `takenAsIs`).
 */
function invocation(report: CheckReport) {
  const summary = basePathsSummary(report);
  if (!summary) return { executionSuccessful: true, exitCode: report.exitCode };
  return {
    executionSuccessful: true,
    exitCode: report.exitCode,
    toolExecutionNotifications: [{ level: 'note', message: { text: basePathsLines(report).join('\n') } }],
    properties: { base: { ref: summary.ref, comparedAtRef: summary.compared, takenAsIs: summary.asIs } },
  };
}

function result(finding: CheckFinding, allowed?: AllowedFinding) {
  return {
    ruleId: finding.rule,
    ruleIndex: CHECK_RULES.findIndex((rule) => rule.id === finding.rule),
    level: finding.severity,
    message: { text: finding.message },
    ...(finding.location && {
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: encodeURI(finding.location.file), uriBaseId: '%SRCROOT%' },
            region: { startLine: finding.location.line },
          },
        },
      ],
    }),
    partialFingerprints: { 'sightlineFinding/v1': finding.fingerprint },
    properties: {
      group: finding.group,
      chain: finding.chain,
      cause: finding.cause,
      fields: finding.fields.map((f) => ({ model: f.model, field: f.field, access: f.access, scope: f.scope })),
    },
    ...(allowed && {
      suppressions: [{ kind: 'external', status: 'accepted', justification: `${allowed.allowance.reason} (until ${allowed.allowance.expires})` }],
    }),
  };
}
