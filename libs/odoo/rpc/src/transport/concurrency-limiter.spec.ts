import { backoffDelay } from './backoff-delay.util';
import { ConcurrencyLimiter } from './concurrency-limiter';

describe('ConcurrencyLimiter', () => {
  it.each([1, 2, 4])('never runs more than %i tasks at once, and runs them all', async (max) => {
    const limiter = new ConcurrencyLimiter(max);
    let running = 0;
    let peak = 0;
    const task = async (value: number) => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, 2));
      running--;
      return value;
    };
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => limiter.run(() => task(i))));
    expect(results).toEqual(Array.from({ length: 12 }, (_, i) => i));
    expect(peak).toBe(max);
    expect(limiter.active).toBe(0);
  });

  it('frees the slot when a task fails', async () => {
    const limiter = new ConcurrencyLimiter(1);
    await expect(limiter.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(limiter.run(() => Promise.resolve('next'))).resolves.toBe('next');
  });

  it.each([0, -1, 1.5])('refuses a limit of %p', (max) => {
    expect(() => new ConcurrencyLimiter(max)).toThrow(RangeError);
  });
});

describe('backoffDelay', () => {
  const policy = { baseDelayMs: 100, maxDelayMs: 1000 };

  it.each([
    [1, 1, 100],
    [2, 1, 200],
    [3, 0.5, 200],
    [5, 1, 1000],
    [9, 0.25, 250],
    [4, 0, 0],
  ])('attempt %i with jitter %p waits %i ms', (attempt, random, expected) => {
    expect(backoffDelay(attempt, policy, () => random)).toBe(expected);
  });
});
