export interface LoginThrottleOptions {
  /** Failures allowed per login and per client address within the window. */
  maxFailures?: number;
  windowMs?: number;
  /** Entries kept at most (oldest dropped first), so a flood of names cannot exhaust memory. */
  maxEntries?: number;
}

/**
 * Slows password guessing: after `maxFailures` failed logins for one login name, or from one
 * client address, within the window, further attempts are refused until the window has passed.
 * A success clears the login's count. In-process (one gateway); the scrypt cost adds the rest.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();
  private readonly maxFailures: number;
  private readonly windowMs: number;
  private readonly maxEntries: number;

  constructor(options: LoginThrottleOptions = {}) {
    this.maxFailures = options.maxFailures ?? 5;
    this.windowMs = options.windowMs ?? 15 * 60_000;
    this.maxEntries = options.maxEntries ?? 10_000;
  }

  /** Milliseconds until the next attempt is allowed for this login from this address; 0 when it is. */
  retryAfterMs(login: string, ip: string, now = Date.now()): number {
    const waits = [this.keyOfLogin(login), this.keyOfIp(ip)].map((key) => {
      const recent = this.recent(key, now);
      return recent.length >= this.maxFailures ? recent[0] + this.windowMs - now : 0;
    });
    return Math.max(0, ...waits);
  }

  failed(login: string, ip: string, now = Date.now()): void {
    for (const key of [this.keyOfLogin(login), this.keyOfIp(ip)]) {
      const recent = this.recent(key, now);
      this.failures.delete(key); // re-inserted last: Map order is then oldest-touched first
      this.failures.set(key, [...recent, now]);
    }
    while (this.failures.size > this.maxEntries) this.failures.delete(this.failures.keys().next().value as string);
  }

  succeeded(login: string): void {
    this.failures.delete(this.keyOfLogin(login));
  }

  private recent(key: string, now: number): number[] {
    return (this.failures.get(key) ?? []).filter((at) => at > now - this.windowMs);
  }

  private keyOfLogin(login: string): string {
    return `login:${login.toLowerCase()}`;
  }

  private keyOfIp(ip: string): string {
    return `ip:${ip}`;
  }
}
