import type { Request } from 'express';
import type { AuditEntryInput } from '@sightline/platform-audit';
import type { Authenticator, Principal, TenantMembership } from '@sightline/platform-auth';
import { auditActorOf, auditOriginOf, createRequestContext, ForbiddenError, requestIdHeader, tenantHeader, UnauthenticatedError } from '@sightline/platform-graphql';
import type { RequestContext } from '@sightline/platform-graphql';
import type { ContextFactory } from '@sightline/platform-http';
import { randomUUID } from 'node:crypto';
import { isCrossOrigin, requestCredential, requestOrigin } from './request-credential.util';
import type { Tenant, TenantDirectory } from './tenant-directory';

export interface RequestAuthenticationOptions {
  authenticator: Authenticator;
  tenants: TenantDirectory;
  audit: (entry: AuditEntryInput) => Promise<unknown>;
  /** Successful uses of one credential are audited at most this often (failures always are). */
  credentialAuditIntervalMs?: number;
}

/**
 * The gateway's context factory: authenticates the bearer token or session cookie, picks the tenant
 * (the `x-sightline-tenant` slug, or the principal's only tenant) and builds the ability there.
 * Failures are audited and answered 401 (no or bad credential) or 403 (no role in that tenant).
 */
export function requestAuthentication(options: RequestAuthenticationOptions): ContextFactory {
  const lastAudited = new Map<string, number>();
  const interval = options.credentialAuditIntervalMs ?? 60_000;

  return async (req: Request): Promise<RequestContext> => {
    const requestId = req.header(requestIdHeader) ?? randomUUID();
    const origin = requestOrigin(req);
    const credential = requestCredential(req);
    if (!credential) throw new UnauthenticatedError('send Authorization: Bearer <token>, or log in at /auth/login');
    if (credential.kind === 'session' && isCrossOrigin(req)) throw new UnauthenticatedError('session cookies are accepted from this origin only');
    const authentication = await options.authenticator.authenticate(credential);
    if (!authentication.ok) {
      await options.audit({
        tenantId: null,
        actor: { kind: authentication.method === 'session' ? 'user' : authentication.method, id: credentialHint(credential.value, authentication.method) },
        action: 'credential.use',
        origin: auditOriginOf({ origin, requestId }),
        outcome: 'failure',
        details: { method: authentication.method, reason: authentication.reason },
      });
      throw new UnauthenticatedError(authentication.reason);
    }
    const principal = await withTenantIds(authentication.principal, options.tenants);
    const requested = req.header(tenantHeader);
    const tenant = await chooseTenant(principal, requested, options.tenants).catch(async (error: unknown) => {
      // A principal asking for a tenant it has no role in is probing: the platform chain records it.
      if (error instanceof ForbiddenError) {
        await options.audit({
          tenantId: null,
          actor: auditActorOf(principal),
          action: 'tenant.choose',
          origin: auditOriginOf({ origin, requestId }),
          outcome: 'denied',
          details: { method: authentication.method, requested: requested ?? null, reason: error.message },
        });
      }
      throw error;
    });
    const key = `${principal.kind}:${principal.id}:${tenant.id}`;
    const now = Date.now();
    if ((lastAudited.get(key) ?? -Infinity) <= now - interval) {
      if (lastAudited.size >= 10_000) lastAudited.clear(); // bounded: at worst one extra entry per principal
      lastAudited.set(key, now);
      await options.audit({
        tenantId: tenant.id,
        actor: auditActorOf(principal),
        action: 'credential.use',
        origin: auditOriginOf({ origin, requestId }),
        outcome: 'success',
        details: { method: authentication.method },
      });
    }
    return createRequestContext({ principal, tenantId: tenant.id, tenantSlug: tenant.slug, requestId, origin });
  };
}

/** OIDC claims may name tenants by slug: memberships are resolved to tenant ids (unknown ones dropped). */
async function withTenantIds(principal: Principal, tenants: TenantDirectory): Promise<Principal> {
  const memberships: TenantMembership[] = [];
  for (const membership of principal.tenants) {
    const tenant = await tenants.find(membership.tenantId);
    if (tenant) memberships.push({ ...membership, tenantId: tenant.id, slug: tenant.slug });
  }
  return { ...principal, tenants: memberships };
}

async function chooseTenant(principal: Principal, requested: string | undefined, tenants: TenantDirectory): Promise<Tenant> {
  if (requested) {
    const tenant = await tenants.find(requested);
    if (!tenant || !principal.tenants.some((membership) => membership.tenantId === tenant.id)) {
      throw new ForbiddenError(tenantHeader, `${principal.name} has no role in tenant ${requested}`, 403);
    }
    return tenant;
  }
  if (principal.tenants.length === 1) return { id: principal.tenants[0].tenantId, slug: principal.tenants[0].slug ?? principal.tenants[0].tenantId };
  if (principal.tenants.length === 0) throw new ForbiddenError(tenantHeader, `${principal.name} has no role in any tenant`, 403);
  throw new ForbiddenError(tenantHeader, `${principal.name} belongs to several tenants: choose one with the ${tenantHeader} header`, 400);
}

/** What the audit log may say about a refused credential: a token's public prefix, never the secret. */
function credentialHint(value: string, method: string): string {
  if (method === 'token' && /^slt_[A-Za-z0-9_-]{8}/.test(value)) return value.slice(0, 12);
  return `unknown ${method}`;
}
