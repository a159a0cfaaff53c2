import type { ClaimPath, OidcClaimMapping } from './oidc-verification-options';
import { OidcTokenError } from './oidc-token-error';
import type { Principal, TenantMembership } from './principal';
import type { Role } from './role';
import { isRole } from './role';

const maxIdLength = 255;

/** Verified claims → principal; unknown roles are dropped, and tenants left without roles with them. */
export function oidcClaimsToPrincipal(claims: Record<string, unknown>, mapping: OidcClaimMapping): Principal {
  const id = claimAt(claims, mapping.subject ?? 'sub');
  if (!isId(id)) throw new OidcTokenError('invalid-claims');
  const name = [mapping.name ?? 'name', ...(mapping.name ? [] : ['preferred_username'])]
    .map((path) => claimAt(claims, path))
    .find((value): value is string => typeof value === 'string' && value.length > 0);

  const toRoles = (value: unknown): Role[] => {
    const names = asStrings(value).map((role) => (mapping.roleMapping ? ownValue(mapping.roleMapping, role) : role));
    return [...new Set(names.filter(isRole))];
  };
  const tenants = claimAt(claims, mapping.tenantsClaim);
  const memberships: TenantMembership[] = isPlainObject(tenants)
    ? Object.entries(tenants).filter(([tenantId]) => isId(tenantId)).map(([tenantId, roles]) => ({ tenantId, roles: toRoles(roles) }))
    : [...new Set(asStrings(tenants).filter(isId))].map((tenantId) => ({
        tenantId,
        roles: mapping.rolesClaim === undefined ? [] : toRoles(claimAt(claims, mapping.rolesClaim)),
      }));

  return { kind: 'oidc', id, name: name ?? id, tenants: memberships.filter((membership) => membership.roles.length > 0) };
}

function claimAt(claims: Record<string, unknown>, path: ClaimPath): unknown {
  const segments = typeof path === 'string' ? [path] : path;
  let value: unknown = claims;
  for (const segment of segments) value = isPlainObject(value) ? ownValue(value, segment) : undefined;
  return value;
}

// Own properties only: a claim named `__proto__` or `constructor` must not reach Object.prototype.
function ownValue<T>(object: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

function asStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= maxIdLength;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
