import type { FieldExposureReport, GroupExposureReport, RestrictingRule, UserExposureReport } from '@sightline/exposure-report';
import type { ExposureReportResult } from './exposure-report-result.type';
import { formatCount, formatVia } from './exposure-via.util';

type Row = readonly (string | null)[];

/** A header, then one row per (group, field), (field, reader) or (user, field). */
export function formatExposureCsv(result: ExposureReportResult): string {
  const rows = result.by === 'group' ? groupRows(result.report) : result.by === 'field' ? fieldRows(result.report) : userRows(result.report);
  return rows.map((row) => row.map(csvCell).join(',')).join('\n') + '\n';
}

function groupRows(report: GroupExposureReport): Row[] {
  const header = ['group', 'group_name', 'model', 'field', 'access', 'scope', 'via', 'categories', 'subjects', 'restricted_by'];
  return [header, ...report.groups.flatMap((g) => g.fields.map((f) => [g.xmlid, g.name, f.model, f.field, f.access, f.scope, formatVia(f.via), f.categories.join(' '), f.subjects.join(' '), restrictedBy(f)]))];
}

function fieldRows(report: FieldExposureReport): Row[] {
  const header = ['model', 'field', 'reader_kind', 'reader', 'reader_name', 'access', 'scope', 'via', 'count', 'restricted_by'];
  return [
    header,
    ...report.fields.flatMap((f) => [
      ...f.groups.map((g) => [f.model, f.field, 'group', g.xmlid, g.name, g.access, g.scope, formatVia(g.via), '', restrictedBy(g)]),
      ...f.users.map((u) => [f.model, f.field, 'user', u.login ?? u.key, u.name, u.access, u.scope, '', formatCount(u.count), restrictedBy(u)]),
    ]),
  ];
}

function userRows(report: UserExposureReport): Row[] {
  const header = ['user', 'login', 'name', 'model', 'field', 'access', 'scope', 'via', 'count', 'restricted_by'];
  return [header, ...report.users.flatMap((u) => u.fields.map((f) => [u.key, u.login, u.name, f.model, f.field, f.access, f.scope, formatVia(f.via), formatCount(f.count), restrictedBy(f)]))];
}

/** `acme.rule_team (acme/security/rules.xml:12)`, `;`-separated; empty when the scope is exact. */
function restrictedBy(access: { readonly restrictedBy?: readonly RestrictingRule[] }): string {
  return (access.restrictedBy ?? []).map((r) => (r.location ? `${r.xmlid} (${r.location.file}:${r.location.line})` : r.xmlid)).join('; ');
}

/** RFC 4180: quote cells holding a comma, quote or line break, doubling quotes. */
function csvCell(value: string | null): string {
  const text = value ?? '';
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
