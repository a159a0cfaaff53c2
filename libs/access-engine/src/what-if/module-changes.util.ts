import type { Group } from '@sightline/odoo-model';
import type { ModuleData, SnapshotChange } from './snapshot-change.type';

/** A module's data as primitive changes, in Odoo's load order: groups, rows, fields, memberships, defaults. */
export function moduleChanges(module: ModuleData, existingGroup: (xmlid: string) => Group | undefined): SnapshotChange[] {
  return [
    ...(module.groups ?? []).flatMap((group) => groupChanges(group, existingGroup(group.xmlid))),
    ...(module.models ?? []).map((model) => ({ kind: 'put-model', model }) as const),
    ...(module.fields ?? []).map((field) => ({ kind: 'put-field', field }) as const),
    ...(module.acls ?? []).map((acl) => ({ kind: 'put-acl', acl }) as const),
    ...(module.rules ?? []).map((rule) => ({ kind: 'put-rule', rule }) as const),
    ...(module.accessRows ?? []).map((row) => ({ kind: 'put-access-row', row }) as const),
    ...(module.classifications ?? []).map((classification) => ({ kind: 'put-classification', classification }) as const),
    ...(module.memberships ?? []).map((m) => ({ kind: 'add-membership', userKey: m.userKey, groupXmlid: m.groupXmlid }) as const),
    ...(module.defaultUserGroupXmlids ?? []).map((groupXmlid) => ({ kind: 'add-default-group', groupXmlid }) as const),
  ];
}

/** A new group is put whole; a record of an existing XML id extends its implications (`(4, ref(…))`). */
function groupChanges(group: Group, existing: Group | undefined): SnapshotChange[] {
  if (!existing) return [{ kind: 'put-group', group }];
  return group.impliedXmlids
    .filter((implied) => !existing.impliedXmlids.includes(implied))
    .map((impliedXmlid) => ({ kind: 'add-implication', groupXmlid: group.xmlid, impliedXmlid }));
}
