import { exposureByGroup, withClassifications } from '@sightline/exposure-report';
import type { ModulePythonModels } from '@sightline/odoo-addons';
import type { Classification, Snapshot } from '@sightline/odoo-model';
import { readFieldDefinitions, type FieldDefinition } from '../reading/read-field-definitions.util';
import { fieldKey } from './field-key.util';
import type { GrantState, HrAccessState } from './hr-access-state.type';
import type { HrView } from './hr-view.type';

/** Every group's HR-data exposure (the access engine via exposure-report) and the facts the gate compares. */
export function computeHrView(
  snapshot: Snapshot,
  addonsPaths: readonly string[],
  pythonModules: readonly ModulePythonModels[],
  hrClassifications: readonly Classification[],
): HrView {
  const classified = withClassifications(snapshot, hrClassifications);
  const report = exposureByGroup(classified);
  const grants = new Map(
    report.groups.map((group) => [
      group.xmlid,
      new Map<string, GrantState>(group.fields.map((f) => [fieldKey(f), { access: f.access, scope: f.scope }])),
    ]),
  );
  const definitions = readFieldDefinitions(pythonModules);
  return { snapshot: classified, addonsPaths, hrClassifications, report, definitions, state: hrAccessState(classified, grants, definitions) };
}

function hrAccessState(snapshot: Snapshot, grants: HrAccessState['grants'], definitions: ReadonlyMap<string, FieldDefinition>): HrAccessState {
  const hrFields = new Set(snapshot.classifications.map(fieldKey));
  const hrModels = new Set(snapshot.classifications.map((c) => c.model));
  const fieldGroups = new Map(
    snapshot.fields
      .filter((f) => f.groups.length > 0 && hrFields.has(fieldKey({ model: f.model, field: f.name })))
      .map((f) => [fieldKey({ model: f.model, field: f.name }), f.groups] as const),
  );
  const grouplessAcls = new Set(snapshot.acls.filter((a) => a.active && a.groupXmlid === null && hrModels.has(a.model)).map((a) => a.xmlid));
  const fields = new Set([...definitions.keys(), ...snapshot.fields.map((f) => fieldKey({ model: f.model, field: f.name }))]);
  const defaultUserGroups = new Set(snapshot.defaultUserGroupXmlids);
  return { odooVersion: snapshot.meta.odooVersion, grants, hrFields, fieldGroups, grouplessAcls, fields, defaultUserGroups };
}
