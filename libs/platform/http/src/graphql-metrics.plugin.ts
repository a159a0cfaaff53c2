import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from 'pino';
import type { RequestContext } from '@sightline/platform-graphql';
import type { HttpMetrics } from './http-metrics';

/** Distinct operation names the histogram keeps; later ones count as `other`. */
export const maxOperationLabels = 100;

/**
 * Times every operation into the metrics histogram and logs failures (never variables: they may
 * hold personal data). Operation names become labels only for operations that parsed and validated,
 * look like names, and while fewer than `maxOperationLabels` are known: a client cannot grow the
 * registry without bound. It also gives the request a logger for internal errors, which clients see
 * only as a reference (the request id).
 */
export function graphqlMetricsPlugin(metrics: HttpMetrics, logger: Logger): ApolloServerPlugin<RequestContext> {
  const operations = new Set<string>();
  const labelOf = (name: string | null | undefined, resolved: boolean): string => {
    if (!resolved) return 'invalid';
    if (!name) return 'anonymous';
    if (!/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name)) return 'other';
    if (!operations.has(name) && operations.size >= maxOperationLabels) return 'other';
    operations.add(name);
    return name;
  };
  return {
    async requestDidStart({ contextValue }) {
      const stop = metrics.graphqlDuration.startTimer();
      let resolved = false;
      if (contextValue && typeof contextValue === 'object') {
        contextValue.reportInternalError = (error) => logger.error({ requestId: contextValue.requestId, err: error }, 'internal error');
      }
      return {
        async didResolveOperation() {
          resolved = true;
        },
        async willSendResponse({ operationName, errors }) {
          stop({ operation: labelOf(operationName, resolved), outcome: errors?.length ? 'error' : 'ok' });
        },
        async didEncounterErrors({ operationName, errors }) {
          logger.warn({ operation: operationName, errors: errors.map((e) => e.message) }, 'graphql operation failed');
        },
      };
    },
  };
}
