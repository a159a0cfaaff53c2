import type { CheckFinding } from '../model/check-finding.type';
import type { CheckReport } from '../model/check-report.type';
import { basePathsLines } from './base-paths.util';

/**
 * GitHub workflow commands: one `::error`/`::warning` annotation per finding, with `--base-ref` a
 * notice naming the paths compared at the revision and those taken as they are, then a notice with the verdict.
 */
export function formatGithub(report: CheckReport): string {
  const lines = report.findings.map(annotation);
  const origins = basePathsLines(report);
  if (origins.length > 0) lines.push(`::notice title=Sightline base::${escapeData(origins.join('\n'))}`);
  const { errors, warnings, allowed } = report.summary;
  lines.push(`::notice title=Sightline check::${escapeData(`${report.verdict}: ${errors} error(s), ${warnings} warning(s), ${allowed} allowed`)}`);
  return lines.join('\n') + '\n';
}

function annotation(finding: CheckFinding): string {
  const props = [
    ...(finding.location ? [`file=${escapeProperty(finding.location.file)}`, `line=${finding.location.line}`] : []),
    `title=${escapeProperty(`${finding.rule} ${titleOf(finding)}`)}`,
  ];
  return `::${finding.severity} ${props.join(',')}::${escapeData(finding.message)}`;
}

function titleOf(finding: CheckFinding): string {
  return finding.group ? `new HR-data access: ${finding.group.xmlid}` : finding.cause.kind;
}

/** As @actions/core escapes them. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
