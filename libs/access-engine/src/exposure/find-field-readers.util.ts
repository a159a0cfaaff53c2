import { fieldKey } from '@sightline/odoo-model';
import type { AccessEngine } from '../engine/access-engine';
import type { ClassifiedField } from './classified-field.type';
import type { ExposureOperation, FieldGrant } from './field-grant.type';
import type { FieldReader, FieldReaders, ProfileReaders } from './field-readers.type';

/**
 * Who can read (or write) `model.field`: users, per profile and per granting group. A field that is
 * not classified is answered all the same.
 */
export function findFieldReaders(engine: AccessEngine, model: string, field: string, operation: ExposureOperation = 'read'): FieldReaders {
  const key = fieldKey({ model, name: field });
  const classified: ClassifiedField = engine.classifiedFields.find((f) => f.key === key) ?? { model, field, key, categories: [], subjects: [] };
  const members = engine.profileMembers();
  const users: FieldReader[] = [];
  const byProfile: ProfileReaders[] = [];
  const byGroup = new Map<string, number>();
  for (const profile of engine.profiles) {
    const userIndices = members[profile.id]!;
    const grant = userIndices.length ? engine.answersForProfile(profile).cell(classified)[operation] : null;
    if (!grant) continue;
    byProfile.push({ profileId: profile.id, userCount: userIndices.length, grant });
    for (const xmlid of grantGroups(grant)) byGroup.set(xmlid, (byGroup.get(xmlid) ?? 0) + userIndices.length);
    for (const i of userIndices) users.push({ userKey: engine.users[i]!.key, profileId: profile.id, scope: grant.scope.scope });
  }
  return {
    field: classified,
    operation,
    userCount: users.length,
    users,
    byProfile,
    byGroup: [...byGroup].map(([groupXmlid, userCount]) => ({ groupXmlid, userCount })).sort((a, b) => b.userCount - a.userCount || (a.groupXmlid < b.groupXmlid ? -1 : 1)),
  };
}

function grantGroups(grant: FieldGrant): Set<string> {
  const groups = new Set<string>();
  for (const row of grant.explanation.grantingRows) if (row.groupXmlid) groups.add(row.groupXmlid);
  for (const xmlid of grant.explanation.fieldGroups.admittedBy) groups.add(xmlid);
  for (const rule of grant.explanation.rules) for (const xmlid of rule.groupXmlids) groups.add(xmlid);
  return groups;
}
