import type { User } from '@sightline/odoo-model';

/** Odoo's superuser: `base.user_root`, id 1, login `__system__` (`SUPERUSER_ID = 1`). Not `base.user_admin`. */
export function isSuperuser(user: Pick<User, 'xmlid' | 'id' | 'login'>): boolean {
  return user.xmlid === 'base.user_root' || user.id === 1 || user.login === '__system__';
}

/**
 * Whether a user gets a profile: active users, and the superuser even when inactive (`base.user_root`
 * is inactive in every database, yet everything run as `SUPERUSER_ID` or `sudo()` bypasses access).
 */
export function hasAccess(user: Pick<User, 'xmlid' | 'id' | 'login' | 'active'>): boolean {
  return user.active || isSuperuser(user);
}
