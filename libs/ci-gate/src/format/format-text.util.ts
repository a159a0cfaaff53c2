import type { AllowedFinding, CheckFinding } from '../model/check-finding.type';
import type { CheckReport } from '../model/check-report.type';
import { scopeText } from '../model/finalize-finding.util';
import { basePathsLines } from './base-paths.util';

const MAX_FIELDS_LISTED = 12;

const ANSI = { red: '\x1b[31m', yellow: '\x1b[33m', green: '\x1b[32m', dim: '\x1b[2m', bold: '\x1b[1m', reset: '\x1b[0m' } as const;

type Paint = (style: keyof typeof ANSI, text: string) => string;

/** For people: one block per finding, the verdict last. `color` for terminals. */
export function formatText(report: CheckReport, color = false): string {
  const paint: Paint = (style, text) => (color ? `${ANSI[style]}${text}${ANSI.reset}` : text);
  const blocks = [...report.findings.map((f) => findingBlock(f, paint)), ...report.allowed.map((f) => allowedBlock(f, paint))];
  const origins = [headLine(report), ...basePathsLines(report)].map((line) => paint('dim', line));
  return [...blocks, [...origins, verdictLine(report, paint)].join('\n')].join('\n\n') + '\n';
}

function findingBlock(finding: CheckFinding, paint: Paint): string {
  const label = finding.severity === 'error' ? paint('red', 'error') : paint('yellow', 'warning');
  const where = finding.location ? `${finding.location.file}:${finding.location.line}: ` : '';
  const lines = [`${where}${label} ${paint('bold', finding.rule)} ${finding.message}`];
  if (finding.chain.length > 1) lines.push(`  chain: ${finding.chain.join(' → ')}`);
  lines.push(...fieldLines(finding, paint));
  if (finding.expiredAllowance) {
    const { expires, location } = finding.expiredAllowance;
    lines.push(`  the allowance at ${location.file}:${location.line} expired on ${expires}`);
  }
  return lines.join('\n');
}

function allowedBlock(finding: AllowedFinding, paint: Paint): string {
  const { reason, expires } = finding.allowance;
  return paint('dim', `allowed ${finding.rule} ${finding.message}\n  until ${expires}: ${reason}`);
}

function fieldLines(finding: CheckFinding, paint: Paint): string[] {
  if (finding.fields.length <= 1 && finding.rule !== 'SL001') return [];
  const shown = finding.fields.slice(0, MAX_FIELDS_LISTED).map((f) => {
    const access = f.access ? ` ${f.access}${f.scope ? `, ${scopeText(f, true)}` : ''}` : '';
    const before = f.before ? ` (was ${f.before.access}, ${f.before.scope})` : '';
    return `  - ${f.model}.${f.field}${access}${before}`;
  });
  const more = finding.fields.length - shown.length;
  return more > 0 ? [...shown, paint('dim', `  … and ${more} more (--format json lists every field)`)] : shown;
}

/** `head: Odoo 18.0, 576 modules, 0 read warnings` */
function headLine(report: CheckReport): string {
  const modules = report.head.modules === undefined ? '' : `, ${report.head.modules} module${report.head.modules === 1 ? '' : 's'}`;
  const warnings = report.summary.readWarnings;
  return `head: Odoo ${report.head.odooVersion}${modules}, ${warnings} read warning${warnings === 1 ? '' : 's'}`;
}

function verdictLine(report: CheckReport, paint: Paint): string {
  const { errors, warnings, allowed } = report.summary;
  const against = report.base ? ` against ${report.base.description} (${report.base.odooVersion})` : '';
  const counts = `${errors} error(s), ${warnings} warning(s), ${allowed} allowed`;
  return report.verdict === 'fail'
    ? paint('red', `✗ new HR-data access${against}: ${counts}`)
    : paint('green', `✓ no new HR-data access${against}: ${counts}`);
}
