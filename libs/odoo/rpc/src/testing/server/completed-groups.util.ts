import type { Group, Snapshot } from '@sightline/odoo-model';
import { bareGroup } from './bare-group.util';

/**
 * The snapshot's groups plus a bare group for every XML id it refers to without defining, and on
 * 19 `base.default_user_group` carrying the default groups when the snapshot names some.
 */
export function completedGroups(snapshot: Snapshot, major: number): Group[] {
  const groups = [...snapshot.groups];
  if (major >= 19 && snapshot.defaultUserGroupXmlids.length > 0 && !groups.some((g) => g.xmlid === 'base.default_user_group')) {
    groups.push({ ...bareGroup('base.default_user_group'), impliedXmlids: [...snapshot.defaultUserGroupXmlids] });
  }
  const known = new Set(groups.map((g) => g.xmlid));
  const referenced = [
    ...groups.flatMap((g) => g.impliedXmlids),
    ...snapshot.users.flatMap((u) => [...u.groupXmlids, ...(u.storedGroupXmlids ?? [])]),
    ...snapshot.acls.flatMap((a) => (a.groupXmlid ? [a.groupXmlid] : [])),
    ...snapshot.rules.flatMap((r) => r.groupXmlids),
    ...snapshot.defaultUserGroupXmlids,
  ];
  for (const xmlid of new Set(referenced)) if (!known.has(xmlid)) groups.push(bareGroup(xmlid));
  return groups;
}
