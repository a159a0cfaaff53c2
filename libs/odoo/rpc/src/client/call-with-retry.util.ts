import { OdooTransportError } from '../errors/odoo-transport.error';
import { backoffDelay, type BackoffPolicy } from '../transport/backoff-delay.util';
import type { ConcurrencyLimiter } from '../transport/concurrency-limiter';
import type { OdooLogger } from './odoo-logger.type';
import { sleep } from './sleep.util';

export interface RetryRun {
  readonly attempts: number;
  readonly backoff: BackoffPolicy;
  readonly limiter: ConcurrencyLimiter;
  readonly random: () => number;
  readonly logger?: OdooLogger;
}

/**
 * Runs `task` inside the limiter, again after retryable transport failures (up to `attempts`
 * tries, with jittered exponential backoff). The limiter slot is given back while waiting.
 */
export async function callWithRetry<T>(task: () => Promise<T>, run: RetryRun, retry: boolean): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run.limiter.run(task);
    } catch (error) {
      if (!(error instanceof OdooTransportError) || !error.retryable || !retry) throw error;
      if (attempt >= run.attempts) throw error.afterAttempts(attempt);
      const delayMs = backoffDelay(attempt, run.backoff, run.random);
      run.logger?.warn({ endpoint: error.endpoint, attempt, delayMs, failure: error.detail }, 'Odoo call failed; retrying');
      await sleep(delayMs);
    }
  }
}
