export const oidcTokenErrorCodes = [
  'malformed', 'algorithm-not-allowed', 'unknown-key', 'invalid-signature', 'wrong-issuer', 'wrong-audience',
  'expired', 'not-yet-valid', 'invalid-claims', 'jwks-unavailable', 'misconfigured',
] as const;
export type OidcTokenErrorCode = (typeof oidcTokenErrorCodes)[number];

/**
 * Why a bearer token was refused. The message is fixed per code: it never holds the token, its
 * claims or the underlying error (jose's claim errors carry the whole payload), so it is safe to log.
 */
export class OidcTokenError extends Error {
  override readonly name = 'OidcTokenError';

  constructor(readonly code: OidcTokenErrorCode) {
    super(`OIDC token rejected: ${code}`);
  }
}
