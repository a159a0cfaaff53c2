import { Router } from 'express';
import type { HttpMetrics } from './http-metrics';

export type HealthCheck = () => Promise<Record<string, unknown>>;

/** `/healthz` (200 when every check passes, 503 with the failing cause otherwise) and `/metrics`. */
export function operationalRoutes(health: HealthCheck, metrics: HttpMetrics): Router {
  const router = Router();
  router.get('/healthz', async (_req, res) => {
    try {
      res.json({ status: 'ok', ...(await health()) });
    } catch (error) {
      res.status(503).json({ status: 'unavailable', reason: error instanceof Error ? error.message : String(error) });
    }
  });
  router.get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  return router;
}
