import { parse as parseCookies } from 'cookie';
import type { Request } from 'express';
import type { Credential } from '@sightline/platform-auth';

export const sessionCookieName = 'sightline_session';

/** The request's bearer token, else its session cookie; null when it carries neither. */
export function requestCredential(req: Request): Credential | null {
  const authorization = req.header('authorization');
  if (authorization !== undefined) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    return { kind: 'bearer', value: match ? match[1] : '' };
  }
  const session = parseCookies(req.header('cookie') ?? '')[sessionCookieName];
  return session ? { kind: 'session', value: session } : null;
}

/** Where the request came from, for the audit log (Express honours `trust proxy` for req.ip). */
export function requestOrigin(req: Request): { ip?: string; userAgent?: string } {
  return { ip: req.ip, userAgent: req.header('user-agent')?.slice(0, 300) };
}

/**
 * Browsers send Origin on cross-site POSTs; a cookie-authenticated request from another origin is
 * refused even before SameSite and Apollo's CSRF prevention would stop it.
 */
export function isCrossOrigin(req: Request): boolean {
  const origin = req.header('origin');
  if (!origin) return false;
  try {
    return new URL(origin).host !== req.header('host');
  } catch {
    return true;
  }
}
