import type { FieldExposureReport, GroupExposureReport, UserExposureReport } from '@sightline/exposure-report';
import type { ExposureReportResult } from './exposure-report-result.type';
import { formatCount, formatVia } from './exposure-via.util';

/** One block per group, field or user; one line per field or reader under it. */
export function formatExposureText(result: ExposureReportResult): string {
  const blocks = result.by === 'group' ? groupBlocks(result.report) : result.by === 'field' ? fieldBlocks(result.report) : userBlocks(result.report);
  return blocks.length ? blocks.map((lines) => lines.join('\n')).join('\n\n') + '\n' : `no ${result.by} reaches the selected personal data\n`;
}

function groupBlocks(report: GroupExposureReport): string[][] {
  return report.groups.map((g) => [
    `${g.xmlid}${g.name ? ` — ${g.name}` : ''} (${g.fields.length} field${g.fields.length === 1 ? '' : 's'})`,
    ...g.fields.map((f) => line([`${f.model}.${f.field}`, f.access, f.scope, via(f.via)])),
  ]);
}

function fieldBlocks(report: FieldExposureReport): string[][] {
  return report.fields.map((f) => [
    `${f.model}.${f.field} [${f.categories.join(', ')}; ${f.subjects.join(', ')}]`,
    ...(f.groups.length ? f.groups.map((g) => line(['group', g.xmlid, g.access, g.scope, via(g.via)])) : ['  no group']),
    ...(f.users.length ? f.users.map((u) => line(['user', u.login ?? u.key, u.access, u.scope, formatCount(u.count)])) : ['  no user']),
  ]);
}

function userBlocks(report: UserExposureReport): string[][] {
  return report.users.map((u) => [
    `${u.login ?? u.key}${u.name ? ` — ${u.name}` : ''} (${u.key})`,
    ...u.fields.map((f) => line([`${f.model}.${f.field}`, f.access, f.scope, via(f.via), formatCount(f.count)])),
  ]);
}

function via(chain: readonly string[]): string {
  return chain.length ? `via ${formatVia(chain)}` : '';
}

function line(cells: readonly string[]): string {
  return '  ' + cells.filter(Boolean).join('  ');
}
