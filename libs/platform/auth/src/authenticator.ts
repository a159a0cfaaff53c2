import type { ApiTokenService } from './api-token.service';
import { OidcTokenError } from './oidc-token-error';
import type { OidcVerificationOptions } from './oidc-verification-options';
import type { Principal, TenantMembership } from './principal';
import type { RoleAssignmentService } from './role-assignment.service';
import type { SessionService } from './session.service';
import { verifyOidcToken } from './verify-oidc-token.util';

/** What a request presented: an `Authorization: Bearer …` value or the admin UI's session cookie. */
export type Credential = { kind: 'bearer'; value: string } | { kind: 'session'; value: string };

export type AuthenticationMethod = 'token' | 'oidc' | 'session';

export type Authentication =
  | { ok: true; method: AuthenticationMethod; principal: Principal }
  | { ok: false; method: AuthenticationMethod; reason: string };

export interface AuthenticatorOptions {
  tokens: ApiTokenService;
  sessions: SessionService;
  roles: RoleAssignmentService;
  /** Bearer JWTs are accepted only when an issuer is configured. */
  oidc?: OidcVerificationOptions;
  /**
   * Told of each use of a genuine but revoked or expired API token, so it can be recorded in that
   * token's tenant's audit chain (the tenant's auditors cannot read the platform chain, where every
   * refused credential is recorded by the gateway).
   */
  onRejectedTenantToken?: (rejection: RejectedTenantToken) => Promise<unknown>;
}

export interface RejectedTenantToken {
  tenantId: string;
  tokenId: string;
  name: string;
  prefix: string;
  reason: 'revoked' | 'expired';
}

/**
 * Turns a credential into a principal: `slt_` API tokens, OIDC JWTs (verified against the issuer's
 * keys; roles from the claims plus roles assigned to the subject in Sightline) and session ids.
 * Reasons are for the audit log and the 401 answer; they never echo the credential.
 */
export class Authenticator {
  constructor(private readonly options: AuthenticatorOptions) {}

  async authenticate(credential: Credential): Promise<Authentication> {
    if (credential.kind === 'session') {
      const principal = await this.options.sessions.resolve(credential.value);
      return principal ? { ok: true, method: 'session', principal } : { ok: false, method: 'session', reason: 'session expired or unknown' };
    }
    if (credential.value.startsWith('slt_')) {
      const verification = await this.options.tokens.verify(credential.value);
      if (!verification.ok && verification.record && (verification.reason === 'revoked' || verification.reason === 'expired')) {
        const { tenantId, id, name, prefix } = verification.record;
        await this.options.onRejectedTenantToken?.({ tenantId, tokenId: id, name, prefix, reason: verification.reason });
      }
      return verification.ok
        ? { ok: true, method: 'token', principal: verification.principal }
        : { ok: false, method: 'token', reason: `API token ${verification.reason}` };
    }
    return this.authenticateJwt(credential.value);
  }

  private async authenticateJwt(jwt: string): Promise<Authentication> {
    if (!this.options.oidc) return { ok: false, method: 'oidc', reason: 'bearer token is not a Sightline API token and OIDC is not configured' };
    try {
      const fromClaims = await verifyOidcToken(jwt, this.options.oidc);
      const assigned = await this.options.roles.membershipsOf('oidc', fromClaims.id);
      return { ok: true, method: 'oidc', principal: { ...fromClaims, tenants: mergeMemberships(fromClaims.tenants, assigned) } };
    } catch (error) {
      if (error instanceof OidcTokenError) return { ok: false, method: 'oidc', reason: `OIDC token ${error.code}` };
      throw error;
    }
  }
}

function mergeMemberships(a: TenantMembership[], b: TenantMembership[]): TenantMembership[] {
  const byTenant = new Map<string, Set<TenantMembership['roles'][number]>>();
  for (const membership of [...a, ...b]) {
    const roles = byTenant.get(membership.tenantId) ?? new Set();
    membership.roles.forEach((role) => roles.add(role));
    byTenant.set(membership.tenantId, roles);
  }
  return [...byTenant].map(([tenantId, roles]) => ({ tenantId, roles: [...roles].sort() }));
}
