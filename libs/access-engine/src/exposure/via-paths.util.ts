import type { GroupIndex } from '../groups/group-index';
import type { ImplicationPaths } from '../groups/implication-paths';
import type { ViaPaths } from './field-exposure.type';
import type { FieldGrant } from './field-grant.type';

/** The implication path of every group an explanation names (granting rows, admitting field groups, rules). */
export function viaPathsOf(grants: readonly (FieldGrant | null)[], paths: ImplicationPaths, index: GroupIndex): ViaPaths {
  const via: Record<string, readonly string[]> = {};
  const add = (xmlid: string | null) => {
    if (xmlid === null || xmlid in via) return;
    const bit = index.bitOf(xmlid);
    if (bit !== undefined) via[xmlid] = paths.pathTo(bit);
  };
  for (const grant of grants) {
    if (!grant) continue;
    grant.explanation.grantingRows.forEach((row) => add(row.groupXmlid));
    grant.explanation.fieldGroups.admittedBy.forEach(add);
    grant.explanation.rules.forEach((rule) => rule.groupXmlids.forEach(add));
  }
  return via;
}
