import type { Role } from './role';

export type PrincipalKind = 'user' | 'token' | 'oidc';

export interface TenantMembership {
  tenantId: string;
  slug?: string;
  roles: Role[];
}

/** Whoever a request acts for: a local user, an API token or an OIDC subject, in one or more tenants. */
export interface Principal {
  kind: PrincipalKind;
  id: string;
  name: string;
  tenants: TenantMembership[];
}

/** The roles a principal holds in one tenant; none when it is not a member. */
export function rolesInTenant(principal: Principal, tenantId: string): Role[] {
  return principal.tenants.find((membership) => membership.tenantId === tenantId)?.roles ?? [];
}
