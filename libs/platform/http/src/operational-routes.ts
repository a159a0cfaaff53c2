import { Router } from 'express';
import type { HttpMetrics } from './http-metrics';

export type HealthCheck = () => Promise<Record<string, unknown>>;

/**
 * Whether the service is ready for the work it was started for (beyond being alive), e.g. demo data
 * seeded in the background: `ready: false` answers `/readyz` with 503 and the details.
 */
export type ReadinessCheck = () => { ready: boolean } & Record<string, unknown>;

/**
 * `/healthz` (200 when every check passes, 503 with the failing cause otherwise), `/readyz` (the
 * health checks and the readiness check: 503 `starting` until ready) and `/metrics`.
 */
export function operationalRoutes(health: HealthCheck, metrics: HttpMetrics, readiness?: ReadinessCheck): Router {
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
  router.get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  return router;
}

function unavailable(error: unknown): Record<string, unknown> {
  return { status: 'unavailable', reason: error instanceof Error ? error.message : String(error) };
}
