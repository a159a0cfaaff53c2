import type { AccessEngine } from '@sightline/access-engine';
import type { Snapshot } from '@sightline/odoo-model';
import { compareFields, compareText } from './compare-fields.util';
import { groupExposureEntries } from './exposure-by-group.util';
import { userExposureEntries } from './exposure-by-user.util';
import type { ExposureReportOptions } from './exposure-report-options.type';
import type { FieldExposureEntry, FieldExposureReport, FieldGroupReader, FieldUserReader } from './field-exposure-report.type';
import { reportEngine } from './report-engine.util';

/** Per matching classified field: the groups whose members reach it, and the users who do. */
export function exposureByField(snapshot: Snapshot, options: ExposureReportOptions = {}): FieldExposureReport {
  return { fields: fieldExposureEntries(reportEngine(snapshot, options), options.counts ?? false) };
}

function fieldExposureEntries(engine: AccessEngine, counts: boolean): FieldExposureEntry[] {
  const entries = new Map<string, { groups: FieldGroupReader[]; users: FieldUserReader[] }>();
  const entryOf = (model: string, field: string) => entries.get(`${model}/${field}`);
  for (const field of engine.classifiedFields) entries.set(field.key, { groups: [], users: [] });
  for (const group of groupExposureEntries(engine)) {
    for (const f of group.fields) {
      const restricted = f.restrictedBy ? { restrictedBy: f.restrictedBy } : {};
      entryOf(f.model, f.field)?.groups.push({ xmlid: group.xmlid, name: group.name, access: f.access, scope: f.scope, via: f.via, ...restricted });
    }
  }
  for (const user of userExposureEntries(engine, counts)) {
    for (const { model, field, access, scope, restrictedBy, count } of user.fields) {
      entryOf(model, field)?.users.push({ key: user.key, login: user.login, name: user.name, access, scope, ...(restrictedBy ? { restrictedBy } : {}), ...(count ? { count } : {}) });
    }
  }
  return engine.classifiedFields
    .map(({ model, field, key, categories, subjects }) => ({ model, field, categories, subjects, ...entries.get(key)! }))
    .map((entry) => ({ ...entry, groups: entry.groups.sort((a, b) => compareText(a.xmlid, b.xmlid)), users: entry.users.sort((a, b) => compareText(a.key, b.key)) }))
    .sort(compareFields);
}
