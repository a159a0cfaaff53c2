import { computeImpliedClosure, createSnapshot, type Snapshot } from '@sightline/odoo-model';
import { defaultUserGroups } from './default-user-groups.util';
import type { FieldGroupsSource } from './field-groups-source.type';
import type { LiveRecords } from './live-records.type';
import { mapAcls } from './map-acls.util';
import { mapCompanies } from './map-companies.util';
import { mapFields } from './map-fields.util';
import { mapGroups } from './map-groups.util';
import { mapHr } from './map-hr.util';
import { mapModels } from './map-models.util';
import { mapModules } from './map-modules.util';
import { mapRules } from './map-rules.util';
import { mapUsers } from './map-users.util';
import type { SyncWarnings } from './sync-warnings';
import { XmlIdIndex } from './xml-id-index';

export interface AssemblyContext {
  readonly odooVersion: string;
  readonly description: string;
  readonly createdAt: string;
  readonly fieldGroups: FieldGroupsSource;
  readonly warnings: SyncWarnings;
}

/** The snapshot of what a sync read (pure: no I/O). */
export function assembleSnapshot(records: LiveRecords, ctx: AssemblyContext): Snapshot {
  const { warnings } = ctx;
  const index = new XmlIdIndex(records.xmlids);
  const modules = mapModules(records.modules, records.dependencies);
  const { groups, xmlidById } = mapGroups(records, index, warnings);
  const hr = mapHr(records.departments ?? [], records.employees ?? [], records.users, index);
  const userContext = { index, warnings, groupXmlidById: xmlidById, closure: computeImpliedClosure(groups), explicitGroups: records.explicitGroups, linkOfUser: hr.linkOfUser };
  const users = mapUsers(records.users, userContext);
  const { models, nameById } = mapModels(records.models, records.fields, index, warnings);
  const access = { index, warnings, modelNameById: nameById, groupXmlidById: xmlidById };
  const installed = new Set(modules.map((module) => module.name));
  const parts = {
    groups,
    users,
    companies: mapCompanies(records.companies, index),
    employees: hr.employees,
    departments: hr.departments,
    models,
    fields: mapFields(records.fields, ctx.fieldGroups, installed, warnings),
    acls: mapAcls(records.acls, access),
    rules: mapRules(records.rules, access),
    defaultUserGroupXmlids: defaultUserGroups(records.explicitGroups, groups, users, warnings),
  };
  const meta = { odooVersion: ctx.odooVersion, source: { kind: 'live' as const, description: ctx.description }, createdAt: ctx.createdAt, modules, warnings: warnings.list() };
  return createSnapshot({ meta, ...parts });
}
