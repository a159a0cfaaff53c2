import type { Logger } from '@sightline/platform-http';
import type { PlatformSecurity } from './platform-security';

/**
 * Every few minutes, and once more at shutdown: signs the head of every grown audit chain and
 * deletes expired admin-UI sessions.
 */
export function startSecurityHousekeeping(security: PlatformSecurity, logger: Logger, intervalMs = 5 * 60_000): { stop(): Promise<void> } {
  const run = async () => {
    await security.audit.checkpoint().then(
      (signed) => signed.length > 0 && logger.debug({ checkpoints: signed.length }, 'audit checkpoints signed'),
      (error: unknown) => logger.error({ err: error }, 'audit checkpoint failed'),
    );
    await security.authentication.sessions.purgeExpired().then(
      (purged) => purged > 0 && logger.debug({ sessions: purged }, 'expired sessions deleted'),
      (error: unknown) => logger.error({ err: error }, 'expired sessions could not be deleted'),
    );
  };
  const timer = setInterval(() => void run(), intervalMs);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await run();
    },
  };
}
