import { describeRestriction, type FieldExposureReport, type GroupExposureReport, type RestrictingRule, type UserExposureReport } from '@sightline/exposure-report';
import type { ExposureReportResult } from './exposure-report-result.type';
import { formatCount, formatVia } from './exposure-via.util';

/** One block per group, field or user; one line per field or reader under it. */
export function formatExposureText(result: ExposureReportResult): string {
  const blocks = result.by === 'group' ? groupBlocks(result.report) : result.by === 'field' ? fieldBlocks(result.report) : userBlocks(result.report);
  const body = blocks.length ? blocks.map((lines) => lines.join('\n')).join('\n\n') + '\n' : `no ${result.by} reaches the selected personal data\n`;
  return header(result) + body;
}

/** `Odoo 17.0, 462 modules, 0 read warnings: 41 groups reach the selected personal data` */
function header(result: ExposureReportResult): string {
  if (!result.source) return '';
  const { odooVersion, modules, readWarnings } = result.source;
  const count = result.by === 'group' ? result.report.groups.length : result.by === 'field' ? result.report.fields.length : result.report.users.length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `Odoo ${odooVersion}, ${plural(modules, 'module')}, ${plural(readWarnings, 'read warning')}: ${plural(count, result.by)} reach the selected personal data\n\n`;
}

function groupBlocks(report: GroupExposureReport): string[][] {
  return report.groups.map((g) => [
    `${g.xmlid}${g.name ? ` — ${g.name}` : ''} (${g.fields.length} field${g.fields.length === 1 ? '' : 's'}${headline(g)})`,
    ...g.fields.map((f) => line([`${f.model}.${f.field}`, f.access, scope(f), via(f.via)])),
  ]);
}

function fieldBlocks(report: FieldExposureReport): string[][] {
  return report.fields.map((f) => [
    `${f.model}.${f.field} [${f.categories.join(', ')}; ${f.subjects.join(', ')}]`,
    ...(f.groups.length ? f.groups.map((g) => line(['group', g.xmlid, g.access, scope(g), via(g.via)])) : ['  no group']),
    ...(f.users.length ? f.users.map((u) => line(['user', u.login ?? u.key, u.access, scope(u), formatCount(u.count)])) : ['  no user']),
  ]);
}

function userBlocks(report: UserExposureReport): string[][] {
  return report.users.map((u) => [
    `${u.login ?? u.key}${u.name ? ` — ${u.name}` : ''} (${u.key})`,
    ...u.fields.map((f) => line([`${f.model}.${f.field}`, f.access, scope(f), via(f.via), formatCount(f.count)])),
  ]);
}

/** `; 100 via a > b`: the chain that grants the most fields (each line has its own). */
function headline(g: GroupExposureReport['groups'][number]): string {
  if (g.via.length === 0) return '';
  const key = g.via.join('\u0000');
  const count = g.fields.filter((f) => f.via.join('\u0000') === key).length;
  return `; ${count} via ${formatVia(g.via)}`;
}

/** `own-company, further restricted by acme.rule_team (Team, acme/security/rules.xml:12)` when rules narrow it. */
function scope(access: { readonly scope: string; readonly restrictedBy?: readonly RestrictingRule[] }): string {
  return access.restrictedBy ? `${access.scope}, ${describeRestriction(access.restrictedBy)}` : access.scope;
}

function via(chain: readonly string[]): string {
  return chain.length ? `via ${formatVia(chain)}` : '';
}

function line(cells: readonly string[]): string {
  return '  ' + cells.filter(Boolean).join('  ');
}
