import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/** Prometheus metrics of one process: Node defaults plus HTTP and GraphQL request figures. */
export class HttpMetrics {
  readonly registry = new Registry();

  readonly httpRequests = new Counter({
    name: 'sightline_http_requests_total',
    help: 'HTTP requests by route and status code.',
    labelNames: ['route', 'status'] as const,
    registers: [this.registry],
  });

  readonly graphqlDuration = new Histogram({
    name: 'sightline_graphql_request_duration_seconds',
    help: 'GraphQL operations by operation name and outcome.',
    labelNames: ['operation', 'outcome'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'sightline_' });
  }
}
