import { ConcurrencyLimiter } from './concurrency-limiter';

const limiters = new Map<string, ConcurrencyLimiter>();

/**
 * The limiter shared by every client of one database (same server origin and database name), so
 * that two clients of one database together stay within the limit. The latest `max` asked wins.
 */
export function databaseLimiter(origin: string, database: string, max: number): ConcurrencyLimiter {
  const key = `${origin}\u0000${database}`;
  const existing = limiters.get(key);
  if (existing) {
    existing.max = max;
    return existing;
  }
  const limiter = new ConcurrencyLimiter(max);
  limiters.set(key, limiter);
  return limiter;
}
