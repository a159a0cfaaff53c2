import express from 'express';
import type { Request, Response, Router } from 'express';
import type { AuditEntryInput } from '@sightline/platform-audit';
import type { LocalUserService, SessionService } from '@sightline/platform-auth';
import type { Logger } from '@sightline/platform-http';
import { LoginThrottle } from './login-throttle';
import { isCrossOrigin, requestCredential, requestOrigin, sessionCookieName } from './request-credential.util';

export interface SessionRoutesOptions {
  users: LocalUserService;
  sessions: SessionService;
  audit: (entry: AuditEntryInput) => Promise<unknown>;
  /** Secure cookies (HTTPS only): on in production. */
  secureCookies: boolean;
  logger: Logger;
  throttle?: LoginThrottle;
}

/**
 * `POST /auth/login` ({ login, password } as JSON) opens a session in an httpOnly, SameSite=Strict
 * cookie; `POST /auth/logout` ends it. JSON bodies force a CORS preflight on cross-site requests,
 * and a foreign Origin is refused outright: a login form on another site cannot plant a session.
 */
export function sessionRoutes(options: SessionRoutesOptions): Router {
  const throttle = options.throttle ?? new LoginThrottle();
  const router = express.Router();
  const json = express.json({ limit: '4kb' });
  router.post('/auth/login', json, (req, res) => void login(req, res, options, throttle).catch((error: unknown) => fail(res, error, options.logger)));
  router.post('/auth/logout', json, (req, res) => void logout(req, res, options).catch((error: unknown) => fail(res, error, options.logger)));
  return router;
}

async function login(req: Request, res: Response, options: SessionRoutesOptions, throttle: LoginThrottle): Promise<void> {
  if (!req.is('application/json')) return void res.status(415).json({ error: 'send the login as application/json' });
  if (isCrossOrigin(req)) return void res.status(403).json({ error: 'cross-origin login refused' });
  const { login: name, password } = (req.body ?? {}) as { login?: unknown; password?: unknown };
  if (typeof name !== 'string' || typeof password !== 'string' || name.length > 100 || password.length > 1000) {
    return void res.status(400).json({ error: 'expected { "login": string, "password": string }' });
  }
  const origin = requestOrigin(req);
  // A refused login names the login tried, in the platform chain: no tenant is known yet.
  const refused = (outcome: 'denied' | 'failure', details: Record<string, unknown>) =>
    options.audit({ tenantId: null, actor: { kind: 'user', id: `login:${name}` }, action: 'session.login', origin, outcome, details });
  const waitMs = throttle.retryAfterMs(name, origin.ip ?? 'unknown');
  if (waitMs > 0) {
    await refused('denied', { reason: 'too many failed logins' });
    res.setHeader('retry-after', String(Math.ceil(waitMs / 1000)));
    return void res.status(429).json({ error: 'too many failed logins; try again later' });
  }
  const principal = await options.users.authenticate(name, password);
  if (!principal) {
    throttle.failed(name, origin.ip ?? 'unknown');
    await refused('failure', {});
    return void res.status(401).json({ error: 'wrong login or password' });
  }
  throttle.succeeded(name);
  const sessionId = await options.sessions.open(principal.id, origin);
  for (const membership of principal.tenants) {
    await options.audit({ tenantId: membership.tenantId, actor: { kind: 'user', id: principal.id, name: principal.name }, action: 'session.login', origin, outcome: 'success', details: {} });
  }
  res.cookie(sessionCookieName, sessionId, { ...cookieOptions(options), maxAge: options.sessions.maxAgeMs });
  res.json({ name: principal.name, tenants: principal.tenants.map((membership) => ({ tenantId: membership.tenantId, roles: membership.roles })) });
}

async function logout(req: Request, res: Response, options: SessionRoutesOptions): Promise<void> {
  if (isCrossOrigin(req)) return void res.status(403).json({ error: 'cross-origin logout refused' });
  const credential = requestCredential(req);
  if (credential?.kind === 'session') await options.sessions.close(credential.value);
  res.clearCookie(sessionCookieName, cookieOptions(options));
  res.status(204).end();
}

function cookieOptions(options: SessionRoutesOptions) {
  return { httpOnly: true, sameSite: 'strict', secure: options.secureCookies, path: '/' } as const;
}

function fail(res: Response, error: unknown, logger: Logger): void {
  logger.error({ err: error }, 'session route failed');
  if (!res.headersSent) res.status(500).json({ error: 'the session could not be handled; see the server log' });
}
