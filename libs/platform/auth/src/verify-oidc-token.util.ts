import type { JSONWebKeySet, JWTVerifyGetKey } from 'jose' with { 'resolution-mode': 'import' };
import { oidcClaimsToPrincipal } from './oidc-claims-to-principal.util';
import { OidcTokenError } from './oidc-token-error';
import type { OidcTokenErrorCode } from './oidc-token-error';
import type { OidcVerificationOptions } from './oidc-verification-options';
import type { Principal } from './principal';

/** Signature algorithms an OIDC provider signs ID and access tokens with; HS* and `none` are absent on purpose. */
export const asymmetricAlgorithms: readonly string[] = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA', 'Ed25519'];

const maxTokenLength = 16 * 1024;
const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);
// createRemoteJWKSet caches keys and rate-limits refetches per instance: keep one per endpoint.
const remoteKeySets = new Map<string, JWTVerifyGetKey>();

/**
 * Verifies an OIDC bearer token (a JWT signed by the configured issuer) and maps its claims to a
 * principal. Throws OidcTokenError, whose message never contains the token or its claims.
 */
export async function verifyOidcToken(jwt: string, options: OidcVerificationOptions): Promise<Principal> {
  if (typeof jwt !== 'string' || jwt.length === 0 || jwt.length > maxTokenLength) throw new OidcTokenError('malformed');
  const jose = await import('jose');
  const algorithms = acceptedAlgorithms(options.algorithms);
  const keys = await keySet(options.jwks, jose);
  try {
    const { payload } = await jose.jwtVerify(jwt, keys, {
      issuer: options.issuer,
      audience: options.audience,
      algorithms,
      clockTolerance: options.clockToleranceSec ?? 0,
      requiredClaims: ['exp'],
    });
    return oidcClaimsToPrincipal(payload, options.claimMapping);
  } catch (error) {
    if (error instanceof OidcTokenError) throw error;
    // A fresh error without `cause`: jose's claim errors carry the whole payload.
    throw new OidcTokenError(codeOf(error));
  }
}

function acceptedAlgorithms(narrowed: readonly string[] | undefined): string[] {
  if (narrowed === undefined) return [...asymmetricAlgorithms];
  if (narrowed.length === 0 || !narrowed.every((alg) => asymmetricAlgorithms.includes(alg))) throw new OidcTokenError('misconfigured');
  return [...narrowed];
}

async function keySet(jwks: URL | JSONWebKeySet, jose: typeof import('jose', { with: { 'resolution-mode': 'import' } })): Promise<JWTVerifyGetKey> {
  if (jwks instanceof URL) {
    // Keys fetched over plain http could be swapped by anyone on the path.
    if (jwks.protocol !== 'https:' && !(jwks.protocol === 'http:' && loopbackHosts.has(jwks.hostname))) throw new OidcTokenError('misconfigured');
    let remote = remoteKeySets.get(jwks.href);
    if (!remote) remoteKeySets.set(jwks.href, (remote = jose.createRemoteJWKSet(jwks)));
    return remote;
  }
  try {
    return jose.createLocalJWKSet(jwks);
  } catch {
    throw new OidcTokenError('misconfigured');
  }
}

function codeOf(error: unknown): OidcTokenErrorCode {
  const { code, claim } = (error ?? {}) as { code?: unknown; claim?: unknown };
  switch (code) {
    case 'ERR_JWT_EXPIRED':
      return 'expired';
    case 'ERR_JWT_CLAIM_VALIDATION_FAILED':
      return claim === 'iss' ? 'wrong-issuer' : claim === 'aud' ? 'wrong-audience' : claim === 'nbf' ? 'not-yet-valid' : 'invalid-claims';
    case 'ERR_JOSE_ALG_NOT_ALLOWED':
      return 'algorithm-not-allowed';
    case 'ERR_JWKS_NO_MATCHING_KEY':
      return 'unknown-key';
    case 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED':
    case 'ERR_JWKS_MULTIPLE_MATCHING_KEYS':
      return 'invalid-signature';
    case 'ERR_JWKS_TIMEOUT':
    case 'ERR_JWKS_INVALID':
      return 'jwks-unavailable';
    case 'ERR_JWS_INVALID':
    case 'ERR_JWT_INVALID':
    case 'ERR_JOSE_NOT_SUPPORTED':
      return 'malformed';
    default:
      // Anything else (a failed JWKS fetch is a plain TypeError) leaves the token unverifiable.
      return 'jwks-unavailable';
  }
}
