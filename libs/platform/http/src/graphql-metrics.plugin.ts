import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from 'pino';
import type { HttpMetrics } from './http-metrics';

/** Times every operation into the metrics histogram and logs failures (never variables: they may hold personal data). */
export function graphqlMetricsPlugin(metrics: HttpMetrics, logger: Logger): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const stop = metrics.graphqlDuration.startTimer();
      return {
        async willSendResponse({ operationName, errors }) {
          stop({ operation: operationName ?? 'anonymous', outcome: errors?.length ? 'error' : 'ok' });
        },
        async didEncounterErrors({ operationName, errors }) {
          logger.warn({ operation: operationName, errors: errors.map((e) => e.message) }, 'graphql operation failed');
        },
      };
    },
  };
}
