import type { OdooVersion } from '@sightline/odoo-model';
import type { SecurityDataStore } from '../records/security-data.store';
import { odooMajorVersion } from './odoo-major-version.util';

export const DEFAULT_USER_TEMPLATE = 'base.default_user';
export const DEFAULT_USER_GROUP = 'base.default_user_group';

/**
 * The groups a new user gets, as written in the data: 17/18 the explicit groups of the template
 * user `base.default_user`; 19+ the implied groups of `base.default_user_group` (Odoo also adds
 * `base.group_user` at creation). Implications are not expanded here.
 */
export function defaultUserGroupXmlids(store: SecurityDataStore, odooVersion: OdooVersion): string[] {
  if (odooMajorVersion(odooVersion) >= 19) return [...(store.groups.get(DEFAULT_USER_GROUP)?.implied ?? [])];
  return [...(store.users.get(DEFAULT_USER_TEMPLATE)?.groups ?? [])];
}
