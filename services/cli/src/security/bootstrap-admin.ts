import type { BootstrapAdminResult } from '@sightline/platform-auth';
import { defaultTenantSlug } from '@sightline/platform-graphql';
import type { PlatformSecurity } from './platform-security';

/**
 * On first start, a local administrator of the default tenant with a random password. It holds
 * admin (sources, tokens, roles) and privacy-officer (everything in the tenant), so the embedded
 * default is usable at once; real deployments give people narrower roles through OIDC or tokens.
 */
export async function ensureBootstrapAdmin(security: PlatformSecurity): Promise<BootstrapAdminResult> {
  const tenant = await security.tenants.find(defaultTenantSlug);
  if (!tenant) return { created: false, login: 'admin' };
  const result = await security.users.ensureBootstrapAdmin({ tenantId: tenant.id, roles: ['admin', 'privacy-officer'] });
  if (result.created) {
    await security.audit.append({
      tenantId: tenant.id,
      actor: { kind: 'system', id: 'bootstrap' },
      action: 'role.grant',
      objectType: 'RoleAssignment',
      objectIds: [`user:${result.login}`],
      outcome: 'success',
      details: { roles: ['admin', 'privacy-officer'], reason: 'bootstrap administrator created on first start' },
    });
  }
  return result;
}

/** Printed once, on the terminal only: never logged (logs are shipped and kept). */
export function announceToStderr(admin: BootstrapAdminResult): void {
  process.stderr.write(
    `\nSightline created the administrator account (shown once, not stored in clear):\n  login:    ${admin.login}\n  password: ${admin.password}\n` +
      `Log in with POST /auth/login, or create an API token: sightline token create --name <name> --role <role>\n\n`,
  );
}
