import { rolesInTenant } from '@sightline/platform-auth';
import type { Role } from '@sightline/platform-auth';
import { ForbiddenError } from '@sightline/platform-graphql';
import type { RequestContext } from '@sightline/platform-graphql';

/** Roles that read Odoo users' personal data and the audit log in the whole tenant. */
const personalDataRoles: readonly Role[] = ['privacy-officer', 'auditor'];

/**
 * No escalation through tokens or role grants: an admin manages access but may not hand out a role
 * that reads what admins may not (personal data, the audit log); only a privacy officer can. Taking
 * such a role away (removing the oversight) needs the same privilege as giving it.
 */
export function assertMayDelegate(context: RequestContext, role: Role, argument: string, action: 'create' | 'delete' = 'create'): void {
  if (!personalDataRoles.includes(role)) return;
  if (rolesInTenant(context.principal, context.tenantId).includes('privacy-officer')) return;
  context.auditTrail.denied(argument, action, `role ${role}`);
  const verb = action === 'create' ? 'give' : 'take away';
  throw new ForbiddenError(argument, `only a privacy officer may ${verb} the role ${role} (it reads personal data and the audit log)`);
}
