import { USER_TYPE_GROUPS } from '@sightline/odoo-model';
import type { AccessEngine } from '../engine/access-engine';
import { computeHypotheticalExposure } from './compute-hypothetical-exposure.util';
import type { GroupExposure } from './hypothetical-exposure.type';

/**
 * What a member holding exactly this group (plus what it implies, plus `base.group_user` unless the
 * group makes its members portal or public users) can read and write, with `via` chains from the
 * group to the granting groups. This is `sightline exposure --by group` and the CI gate's view.
 */
export function computeGroupExposure(engine: AccessEngine, groupXmlid: string): GroupExposure {
  const { index, closures } = engine.groupContext;
  const bit = index.bitOf(groupXmlid);
  if (bit === undefined) throw new Error(`no group "${groupXmlid}" in the snapshot`);
  const external = [USER_TYPE_GROUPS.portal, USER_TYPE_GROUPS.public].some((x) => {
    const typeBit = index.bitOf(x);
    return typeBit !== undefined && closures[bit]!.has(typeBit);
  });
  const layers = external || groupXmlid === USER_TYPE_GROUPS.internal ? [[groupXmlid]] : [[groupXmlid], [USER_TYPE_GROUPS.internal]];
  return { groupXmlid, ...computeHypotheticalExposure(engine, layers) };
}

/** {@link computeGroupExposure} for every group of the snapshot. */
export function computeGroupExposures(engine: AccessEngine): GroupExposure[] {
  return engine.snapshot.groups.map((group) => computeGroupExposure(engine, group.xmlid));
}
