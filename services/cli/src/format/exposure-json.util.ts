import type { FieldExposureReport, GroupExposureReport, RestrictingRule, UserExposureReport } from '@sightline/exposure-report';
import type { ExposureReportResult } from './exposure-report-result.type';

/** One JSON document; keys in a fixed order, as the CI gate and scripts read them. */
export function formatExposureJson(result: ExposureReportResult): string {
  return JSON.stringify(shapeOf(result)) + '\n';
}

function shapeOf(result: ExposureReportResult): unknown {
  if (result.by === 'group') return groupShape(result.report);
  if (result.by === 'field') return fieldShape(result.report);
  return userShape(result.report);
}

function groupShape(report: GroupExposureReport) {
  return {
    groups: report.groups.map((g) => ({
      xmlid: g.xmlid,
      name: g.name,
      via: g.via,
      fields: g.fields.map((f) => ({ model: f.model, field: f.field, access: f.access, scope: f.scope, via: f.via, ...restricted(f) })),
    })),
  };
}

function fieldShape(report: FieldExposureReport) {
  return {
    fields: report.fields.map((f) => ({
      model: f.model,
      field: f.field,
      categories: f.categories,
      subjects: f.subjects,
      groups: f.groups.map((g) => ({ xmlid: g.xmlid, name: g.name, access: g.access, scope: g.scope, via: g.via, ...restricted(g) })),
      users: f.users.map((u) => ({ key: u.key, login: u.login, name: u.name, access: u.access, scope: u.scope, ...restricted(u), ...(u.count ? { count: u.count } : {}) })),
    })),
  };
}

function userShape(report: UserExposureReport) {
  return {
    users: report.users.map((u) => ({
      key: u.key,
      login: u.login,
      name: u.name,
      fields: u.fields.map((f) => ({ model: f.model, field: f.field, access: f.access, scope: f.scope, via: f.via, ...restricted(f), ...(f.count ? { count: f.count } : {}) })),
    })),
  };
}

/** `restrictedBy` only when rules keep fewer records than the scope says (the key is absent otherwise). */
function restricted(access: { readonly restrictedBy?: readonly RestrictingRule[] }) {
  return access.restrictedBy ? { restrictedBy: access.restrictedBy } : {};
}
