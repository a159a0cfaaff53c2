import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import type { Principal } from './principal';
import { isRole } from './role';

/** What the gateway tells a remote subgraph about a request it authenticated. */
export interface GatewayAssertion {
  principal: Principal;
  tenantId: string;
  tenantSlug: string;
  requestId: string;
  origin: { ip?: string; userAgent?: string };
}

const lifetimeMs = 60_000;

/** The HMAC key for gateway assertions, derived from the platform secret key (never the key itself). */
export function gatewayAssertionKey(secretKey: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', secretKey, Buffer.alloc(0), 'sightline gateway assertion v1', 32));
}

/**
 * `payload.signature` (base64url), valid for a minute: remote subgraphs trust the principal only
 * when the gateway, holding the same secret key, vouches for it.
 */
export function signGatewayAssertion(assertion: GatewayAssertion, key: Buffer, now: Date = new Date()): string {
  const payload = Buffer.from(JSON.stringify({ ...assertion, exp: now.getTime() + lifetimeMs })).toString('base64url');
  return `${payload}.${mac(payload, key)}`;
}

/** The assertion, or a reason it is not acceptable (missing, forged, expired, malformed). */
export function verifyGatewayAssertion(header: string | undefined, key: Buffer, now: Date = new Date()): GatewayAssertion | { rejected: string } {
  if (!header) return { rejected: 'missing gateway assertion' };
  const [payload, signature, extra] = header.split('.');
  if (!payload || !signature || extra !== undefined) return { rejected: 'malformed gateway assertion' };
  const expected = Buffer.from(mac(payload, key));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { rejected: 'gateway assertion signature does not verify' };
  let parsed: GatewayAssertion & { exp?: unknown };
  try {
    parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return { rejected: 'malformed gateway assertion' };
  }
  if (typeof parsed.exp !== 'number' || parsed.exp <= now.getTime()) return { rejected: 'gateway assertion expired' };
  if (!isAssertion(parsed)) return { rejected: 'malformed gateway assertion' };
  const { exp: _exp, ...assertion } = parsed;
  return assertion;
}

function mac(payload: string, key: Buffer): string {
  return createHmac('sha256', key).update(payload).digest('base64url');
}

function isAssertion(value: GatewayAssertion): boolean {
  const principal = value.principal;
  return (
    typeof value.tenantId === 'string' &&
    typeof value.tenantSlug === 'string' &&
    typeof value.requestId === 'string' &&
    typeof principal?.id === 'string' &&
    ['user', 'token', 'oidc'].includes(principal.kind) &&
    Array.isArray(principal.tenants) &&
    principal.tenants.every((membership) => typeof membership.tenantId === 'string' && Array.isArray(membership.roles) && membership.roles.every(isRole))
  );
}
