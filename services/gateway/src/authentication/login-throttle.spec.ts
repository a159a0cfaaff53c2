import { LoginThrottle } from './login-throttle';

describe('LoginThrottle', () => {
  const t0 = 1_000_000;

  it('refuses a login name after five failures within the window, from any address, until the window passes', () => {
    const throttle = new LoginThrottle({ maxFailures: 5, windowMs: 60_000 });
    for (let i = 0; i < 5; i++) {
      expect(throttle.retryAfterMs('admin', `10.0.0.${i}`, t0 + i)).toBe(0);
      throttle.failed('Admin', `10.0.0.${i}`, t0 + i);
    }
    expect(throttle.retryAfterMs('admin', '10.9.9.9', t0 + 10)).toBe(60_000 - 10);
    expect(throttle.retryAfterMs('someone-else', '10.9.9.9', t0 + 10)).toBe(0);
    expect(throttle.retryAfterMs('admin', '10.9.9.9', t0 + 60_001)).toBe(0);
  });

  it('refuses an address that tries many names', () => {
    const throttle = new LoginThrottle({ maxFailures: 3, windowMs: 60_000 });
    for (const name of ['a', 'b', 'c']) throttle.failed(name, '192.0.2.1', t0);
    expect(throttle.retryAfterMs('d', '192.0.2.1', t0 + 1)).toBeGreaterThan(0);
    expect(throttle.retryAfterMs('d', '192.0.2.2', t0 + 1)).toBe(0);
  });

  it("forgets a login's failures when it succeeds, and keeps memory bounded", () => {
    const throttle = new LoginThrottle({ maxFailures: 2, windowMs: 60_000, maxEntries: 4 });
    throttle.failed('admin', '192.0.2.1', t0);
    throttle.succeeded('admin');
    throttle.failed('admin', '192.0.2.9', t0);
    expect(throttle.retryAfterMs('admin', '192.0.2.8', t0)).toBe(0);
    for (let i = 0; i < 100; i++) throttle.failed(`user${i}`, `198.51.100.${i}`, t0);
    expect((throttle as unknown as { failures: Map<string, number[]> }).failures.size).toBeLessThanOrEqual(4);
  });
});
