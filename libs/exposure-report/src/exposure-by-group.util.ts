import { computeGroupExposure, type AccessEngine, type FieldExposure } from '@sightline/access-engine';
import type { Group, Snapshot } from '@sightline/odoo-model';
import { compareFields, compareText } from './compare-fields.util';
import type { ExposureReportOptions } from './exposure-report-options.type';
import { fieldAccessOf } from './field-access.util';
import { grantingVia } from './granting-via.util';
import { headlineVia } from './headline-via.util';
import { restrictedByOf } from './restricting-rules.util';
import type { GroupExposureEntry, GroupExposureReport, GroupFieldAccess } from './group-exposure-report.type';
import { reportEngine } from './report-engine.util';

/**
 * Per group: what a member holding exactly that group (and what it implies, plus what every internal
 * user gets, as the engine's group view does) can read or write among the matching classified fields.
 */
export function exposureByGroup(snapshot: Snapshot, options: ExposureReportOptions = {}): GroupExposureReport {
  return { groups: groupExposureEntries(reportEngine(snapshot, options)) };
}

export function groupExposureEntries(engine: AccessEngine): GroupExposureEntry[] {
  return [...engine.snapshot.groups]
    .sort((a, b) => compareText(a.xmlid, b.xmlid))
    .map((group) => groupEntry(engine, group, computeGroupExposure(engine, group.xmlid).fields))
    .filter((entry) => entry.fields.length > 0);
}

function groupEntry(engine: AccessEngine, group: Group, exposures: readonly FieldExposure[]): GroupExposureEntry {
  const fields = exposures.flatMap((exposure) => groupFieldAccess(engine, exposure, group.xmlid)).sort(compareFields);
  return { xmlid: group.xmlid, name: group.name, module: group.module, via: headlineVia(fields), fields };
}

function groupFieldAccess(engine: AccessEngine, exposure: FieldExposure, groupXmlid: string): GroupFieldAccess[] {
  const access = fieldAccessOf(exposure);
  if (!access) return [];
  const { model, field, categories, subjects } = exposure.field;
  const restricted = restrictedByOf(engine, access.grant.scope.restrictedBy);
  return [{ model, field, access: access.access, scope: access.scope, via: grantingVia(exposure, groupXmlid), ...restricted, categories, subjects }];
}
