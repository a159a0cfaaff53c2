import { createHash, timingSafeEqual } from 'node:crypto';
import { Router } from 'express';
import type { Request } from 'express';
import type { HttpMetrics } from './http-metrics';

export type HealthCheck = () => Promise<Record<string, unknown>>;

/**
 * Whether the service is ready for the work it was started for (beyond being alive), e.g. demo data
 * seeded in the background: `ready: false` answers `/readyz` with 503 and the details.
 */
export type ReadinessCheck = () => { ready: boolean } & Record<string, unknown>;

export interface MetricsAccess {
  /** `Authorization: Bearer <token>` that `/metrics` asks for; without one, only loopback clients are answered. */
  token?: string;
}

/**
 * `/healthz` (200 when every check passes, 503 with the failing cause otherwise), `/readyz` (the
 * health checks and the readiness check: 503 `starting` until ready) and `/metrics` (Prometheus:
 * with the configured bearer token, or from a loopback address when none is configured).
 */
export function operationalRoutes(health: HealthCheck, metrics: HttpMetrics, readiness?: ReadinessCheck, access: MetricsAccess = {}): Router {
  const router = Router();
  router.get('/healthz', async (_req, res) => {
    try {
      res.json({ status: 'ok', ...(await health()) });
    } catch (error) {
      res.status(503).json(unavailable(error));
    }
  });
  router.get('/readyz', async (_req, res) => {
    try {
      const checks = await health();
      const { ready, ...details } = readiness?.() ?? { ready: true };
      res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'starting', ...checks, ...details });
    } catch (error) {
      res.status(503).json(unavailable(error));
    }
  });
  router.get('/metrics', async (req, res) => {
    if (access.token) {
      if (!hasBearer(req, access.token)) {
        res.setHeader('www-authenticate', 'Bearer realm="metrics"');
        return void res.status(401).json({ error: 'metrics need the metrics bearer token', code: 'UNAUTHENTICATED' });
      }
    } else if (!isLoopback(req.ip)) {
      return void res.status(403).json({ error: 'metrics are served to loopback clients only (set SIGHTLINE_METRICS_TOKEN to scrape from elsewhere)', code: 'FORBIDDEN' });
    }
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  return router;
}

function hasBearer(req: Request, token: string): boolean {
  const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  if (!match) return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(match[1]), digest(token));
}

function isLoopback(ip: string | undefined): boolean {
  return ip !== undefined && (ip === '::1' || /^(::ffff:)?127\./.test(ip));
}

function unavailable(error: unknown): Record<string, unknown> {
  return { status: 'unavailable', reason: error instanceof Error ? error.message : String(error) };
}
