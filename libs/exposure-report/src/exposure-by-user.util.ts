import { computeUserExposure, type AccessEngine, type FieldExposure } from '@sightline/access-engine';
import type { Snapshot, User } from '@sightline/odoo-model';
import { compareFields, compareText } from './compare-fields.util';
import type { ExposureReportOptions } from './exposure-report-options.type';
import { fieldAccessOf } from './field-access.util';
import { grantingVia } from './granting-via.util';
import { reportEngine } from './report-engine.util';
import { restrictedByOf } from './restricting-rules.util';
import type { UserExposureEntry, UserExposureReport, UserFieldAccess } from './user-exposure-report.type';

/** Per user: the matching classified fields they can read or write, with the chain that grants each. */
export function exposureByUser(snapshot: Snapshot, options: ExposureReportOptions = {}): UserExposureReport {
  return { users: userExposureEntries(reportEngine(snapshot, options), options.counts ?? false) };
}

export function userExposureEntries(engine: AccessEngine, counts: boolean): UserExposureEntry[] {
  return [...engine.snapshot.users]
    .sort((a, b) => compareText(a.key, b.key))
    .map((user) => userEntry(engine, user, computeUserExposure(engine, user.key, { counts }).fields))
    .filter((entry) => entry.fields.length > 0);
}

function userEntry(engine: AccessEngine, user: User, exposures: readonly FieldExposure[]): UserExposureEntry {
  const fields = exposures.flatMap((exposure) => userFieldAccess(engine, exposure)).sort(compareFields);
  return { key: user.key, login: user.login, name: user.name, fields };
}

function userFieldAccess(engine: AccessEngine, exposure: FieldExposure): UserFieldAccess[] {
  const access = fieldAccessOf(exposure);
  if (!access) return [];
  const { model, field } = exposure.field;
  const entry: UserFieldAccess = { model, field, access: access.access, scope: access.scope, via: grantingVia(exposure), ...restrictedByOf(engine, access.grant.scope.restrictedBy) };
  return [access.grant.count ? { ...entry, count: access.grant.count } : entry];
}
