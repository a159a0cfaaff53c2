import { USER_TYPE_GROUPS } from '@sightline/odoo-model';
import type { AccessEngine } from '../engine/access-engine';
import { computeHypotheticalExposure } from './compute-hypothetical-exposure.util';
import type { HypotheticalExposure } from './hypothetical-exposure.type';

/**
 * What a user created without an explicit group list gets: 17/18 the groups of the
 * `base.default_user` template (stock modules add their manager groups there); 19+ `base.group_user`
 * plus the implied groups of `base.default_user_group`.
 */
export function computeNewUserExposure(engine: AccessEngine): HypotheticalExposure {
  const defaults = engine.snapshot.defaultUserGroupXmlids;
  const explicit = engine.semantics.defaultGroups === 'template-user' ? defaults : [USER_TYPE_GROUPS.internal, ...defaults];
  return computeHypotheticalExposure(engine, [[...new Set(explicit)]]);
}
