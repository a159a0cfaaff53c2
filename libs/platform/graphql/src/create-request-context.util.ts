import { randomUUID } from 'node:crypto';
import { defineAbilityFor } from '@sightline/platform-auth';
import type { Principal } from '@sightline/platform-auth';
import { RequestAuditTrail } from './request-audit-trail';
import type { RequestContext, RequestOrigin } from './request-context';

/** A request's context for an authenticated principal acting in one tenant (ability from its roles there). */
export function createRequestContext(input: {
  principal: Principal;
  tenantId: string;
  tenantSlug: string;
  requestId?: string;
  origin?: RequestOrigin;
}): RequestContext {
  return {
    requestId: input.requestId ?? randomUUID(),
    tenantId: input.tenantId,
    tenantSlug: input.tenantSlug,
    principal: input.principal,
    ability: defineAbilityFor(input.principal, input.tenantId),
    origin: input.origin ?? {},
    auditTrail: new RequestAuditTrail(),
  };
}
