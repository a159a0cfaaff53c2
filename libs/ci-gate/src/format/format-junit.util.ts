import type { AllowedFinding, CheckFinding } from '../model/check-finding.type';
import type { CheckReport } from '../model/check-report.type';
import { basePathsSummary } from './base-paths.util';

/** JUnit XML: one test suite, one test case per finding (failure for errors, skipped for allowed, pass for warnings). */
export function formatJunit(report: CheckReport): string {
  const cases = [...report.findings.map(findingCase), ...report.allowed.map(allowedCase)];
  const { errors } = report.summary;
  const tests = cases.length === 0 ? 1 : cases.length;
  const body = cases.length === 0 ? ['    <testcase classname="sightline.check" name="no new HR-data access"/>'] : cases;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="sightline check" tests="${tests}" failures="${errors}">`,
    `  <testsuite name="sightline check: HR-data access" tests="${tests}" failures="${errors}" skipped="${report.allowed.length}">`,
    ...properties(report),
    ...body,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}

/** With `--base-ref`: `base.ref`, one `base.compared-at-ref` per path read at the revision, one `base.taken-as-is` per other path. */
function properties(report: CheckReport): string[] {
  const summary = basePathsSummary(report);
  if (!summary) return [];
  const property = (name: string, value: string) => `      <property name="${name}" value="${attr(value)}"/>`;
  return [
    '    <properties>',
    property('base.ref', summary.ref),
    ...summary.compared.map((path) => property('base.compared-at-ref', path)),
    ...summary.asIs.map((p) => property('base.taken-as-is', `${p.path} (${p.reason})`)),
    '    </properties>',
  ];
}

function findingCase(finding: CheckFinding): string {
  const open = `    <testcase classname="${attr(classOf(finding))}" name="${attr(nameOf(finding))}"${fileAttrs(finding)}>`;
  if (finding.severity === 'warning') return `${open}\n      <system-out>${text(finding.message)}</system-out>\n    </testcase>`;
  return `${open}\n      <failure message="${attr(finding.message)}" type="${finding.rule}">${text(details(finding))}</failure>\n    </testcase>`;
}

function allowedCase(finding: AllowedFinding): string {
  const { reason, expires } = finding.allowance;
  return `    <testcase classname="${attr(classOf(finding))}" name="${attr(nameOf(finding))}"${fileAttrs(finding)}>\n      <skipped message="${attr(`allowed until ${expires}: ${reason}`)}"/>\n    </testcase>`;
}

function classOf(finding: CheckFinding): string {
  return `sightline.${finding.rule}`;
}

function nameOf(finding: CheckFinding): string {
  return finding.group ? finding.group.xmlid : finding.fields.map((f) => `${f.model}.${f.field}`).join(', ') || finding.cause.detail;
}

function fileAttrs(finding: CheckFinding): string {
  return finding.location ? ` file="${attr(finding.location.file)}" line="${finding.location.line}"` : '';
}

function details(finding: CheckFinding): string {
  const where = finding.location ? `${finding.location.file}:${finding.location.line}\n` : '';
  return `${where}${finding.message}\n${finding.fields.map((f) => `${f.model}.${f.field}${f.access ? ` ${f.access}` : ''}${f.scope ? ` ${f.scope}` : ''}`).join('\n')}`;
}

function attr(value: string): string {
  return text(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;');
}

function text(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
