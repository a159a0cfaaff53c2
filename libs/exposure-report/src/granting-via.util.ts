import type { FieldExposure, FieldGrant } from '@sightline/access-engine';

/**
 * The one implication chain that explains a field: to the group admitting the field's `groups=`
 * first (the group that actually unlocks private fields), then to an ACL row's group, then to a
 * rule's group; chains starting at `preferredStart` (the reported group) win over those starting
 * at a group every internal user holds. Empty when no group takes part (group-less ACL).
 */
export function grantingVia(exposure: FieldExposure, preferredStart?: string): readonly string[] {
  const chains = grantingGroups([exposure.read, exposure.write]).map((xmlid) => exposure.via[xmlid]).filter((c): c is readonly string[] => !!c);
  return chains.find((chain) => chain[0] === preferredStart) ?? chains[0] ?? [];
}

function grantingGroups(grants: readonly (FieldGrant | null)[]): string[] {
  const present = grants.filter((g): g is FieldGrant => g !== null);
  return [
    ...present.flatMap((g) => g.explanation.fieldGroups.admittedBy),
    ...present.flatMap((g) => g.explanation.grantingRows.map((row) => row.groupXmlid).filter((x): x is string => x !== null)),
    ...present.flatMap((g) => g.explanation.rules.flatMap((rule) => rule.groupXmlids)),
  ];
}
