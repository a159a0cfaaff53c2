import type { AuditLog } from '@sightline/platform-audit';
import type { Logger } from '@sightline/platform-http';

/** Signs the head of every grown audit chain every few minutes and once more at shutdown. */
export function startAuditCheckpoints(audit: AuditLog, logger: Logger, intervalMs = 5 * 60_000): { stop(): Promise<void> } {
  const run = () =>
    audit.checkpoint().then(
      (signed) => signed.length > 0 && logger.debug({ checkpoints: signed.length }, 'audit checkpoints signed'),
      (error: unknown) => logger.error({ err: error }, 'audit checkpoint failed'),
    );
  const timer = setInterval(() => void run(), intervalMs);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await run();
    },
  };
}
