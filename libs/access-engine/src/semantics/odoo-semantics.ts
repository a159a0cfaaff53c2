import type { OdooVersion } from '@sightline/odoo-model';

/**
 * The version switches of the access decision (see odoo-security-model.md, "Version differences"):
 * - `groupStorage`: `stored` = 17/18, where `res.users.groups_id` holds the materialised closure and is
 *   the truth when read from a live database; `computed` = 19+, effective groups are the closure of
 *   the explicit `group_ids`.
 * - `accessModel`: `classic` = `ir.model.access` + `ir.rule`; `ir-access` = post-19 `ir.access`
 *   (saas-19.4 / 20.0 and later).
 * - `defaultGroups`: what a new user gets: 17/18 the groups of the `base.default_user` template;
 *   19+ `base.group_user` plus the implied groups of `base.default_user_group`.
 */
export interface OdooSemantics {
  readonly groupStorage: 'stored' | 'computed';
  readonly accessModel: 'classic' | 'ir-access';
  readonly defaultGroups: 'template-user' | 'default-user-group';
}

/** saas-18.2 renamed `groups_id` (materialised) into `group_ids` + computed `all_group_ids`. */
const COMPUTED_GROUPS_FROM = 182;
/** `ir.access` replaced ACLs and rules in saas-19.4. */
const IR_ACCESS_FROM = 194;

export function semanticsOfVersion(version: OdooVersion): OdooSemantics {
  const number = versionTenths(version);
  return {
    groupStorage: number < COMPUTED_GROUPS_FROM ? 'stored' : 'computed',
    accessModel: number >= IR_ACCESS_FROM ? 'ir-access' : 'classic',
    defaultGroups: number < 190 ? 'template-user' : 'default-user-group',
  };
}

/** In tenths: `17.0` → 170, `saas-19.4` → 194, `post-19` → 195 (after saas-19.4), `master` → ∞. */
function versionTenths(version: string): number {
  const post = /^post-(\d+)$/.exec(version);
  if (post) return Number(post[1]) * 10 + 5;
  const plain = /^(?:saas-)?(\d+)\.(\d)$/.exec(version);
  if (plain) return Number(plain[1]) * 10 + Number(plain[2]);
  return Number.POSITIVE_INFINITY;
}
