import type { FieldGrant } from '@sightline/access-engine';

/** The groups that take part in a grant: an ACL row's group, an admitting field group, a matching rule's group. */
export function grantGroupXmlids(grant: FieldGrant): Set<string> {
  const groups = new Set<string>();
  for (const row of grant.explanation.grantingRows) if (row.groupXmlid) groups.add(row.groupXmlid);
  for (const xmlid of grant.explanation.fieldGroups.admittedBy) groups.add(xmlid);
  for (const rule of grant.explanation.rules) for (const xmlid of rule.groupXmlids) groups.add(xmlid);
  return groups;
}
