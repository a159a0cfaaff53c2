import { createMongoAbility } from '@casl/ability';
import type { AppAbility } from './app-ability';
import type { Principal } from './principal';
import { rolesInTenant } from './principal';
import { isRole } from './role';
import { roleRules } from './role-rules';

/**
 * The ability of a principal in one tenant: the union of the rules of every role it holds there
 * (none → an ability that allows nothing). Roles in other tenants never contribute.
 */
export function defineAbilityFor(principal: Principal, tenantId: string): AppAbility {
  // An empty id would match rows whose assignee is '' through the reviewer's conditions.
  if (!principal.id || !tenantId) return createMongoAbility<AppAbility>([]);
  const roles = new Set(rolesInTenant(principal, tenantId).filter(isRole));
  const rules = [...roles].flatMap((role) => roleRules[role]({ principalId: principal.id, tenantId }));
  // accessibleWhere() turns an unconditional grant into "every row": refuse one that is not tenant-bound.
  for (const rule of rules) {
    if (!rule.inverted && rule.conditions?.tenantId !== tenantId) throw new Error('ability: every granting rule must be conditioned on the tenant');
  }
  return createMongoAbility<AppAbility>(rules);
}
