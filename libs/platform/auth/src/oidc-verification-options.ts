import type { JSONWebKeySet } from 'jose' with { 'resolution-mode': 'import' };
import type { Role } from './role';

/** A claim name used as is (URLs and dots included), or a path into nested claims. */
export type ClaimPath = string | readonly string[];

export interface OidcClaimMapping {
  /** The principal's id; default `sub`. */
  subject?: ClaimPath;
  /** A display name; default `name`, then `preferred_username`, then the subject. */
  name?: ClaimPath;
  /**
   * The tenants: a tenant id or a list of them (each gets the roles of `rolesClaim`), or an object
   * of tenant id → role(s) for different roles per tenant (then `rolesClaim` is not read).
   */
  tenantsClaim: ClaimPath;
  /** A role or a list of roles, applied in every tenant of a list-valued `tenantsClaim`. */
  rolesClaim?: ClaimPath;
  /** The IdP's role or group names → Sightline roles; when given, only names listed here count. */
  roleMapping?: Readonly<Record<string, Role>>;
}

export interface OidcVerificationOptions {
  issuer: string;
  audience: string | string[];
  /** The issuer's JWKS endpoint (https, or http on loopback only) or the key set itself. */
  jwks: URL | JSONWebKeySet;
  claimMapping: OidcClaimMapping;
  /** Narrows the accepted asymmetric algorithms; symmetric ones and `none` are never accepted. */
  algorithms?: readonly string[];
  /** Allowed clock skew for exp/nbf; default 0. */
  clockToleranceSec?: number;
}
