import pino from 'pino';
import type { Logger, LevelWithSilent } from 'pino';

/** Secrets never reach the log, whatever object a caller passes. */
const redactedPaths = [
  'password', '*.password', 'apiKey', '*.apiKey', 'token', '*.token', 'secret', '*.secret',
  'req.headers.authorization', 'req.headers.cookie', 'headers.authorization', 'headers.cookie',
];

export function createLogger(level: LevelWithSilent, name = 'sightline'): Logger {
  return pino({ name, level, redact: { paths: redactedPaths, censor: '[redacted]' } });
}

export type { Logger };
