import type { SyncWarnings } from './sync-warnings';

/** The XML ids of group ids; ids of groups that were not read are reported and left out. */
export function xmlidsOfGroups(ids: readonly number[], xmlidById: ReadonlyMap<number, string>, warnings: SyncWarnings, fromModel: string): string[] {
  return ids.flatMap((id) => {
    const xmlid = xmlidById.get(id);
    if (xmlid === undefined) warnings.unknownReference(fromModel, 'res.groups', id);
    return xmlid === undefined ? [] : [xmlid];
  });
}
