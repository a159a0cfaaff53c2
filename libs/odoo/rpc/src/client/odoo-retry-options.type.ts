export interface OdooRetryOptions {
  /** Tries per call, the first included (default 5). */
  readonly attempts?: number;
  /** First backoff ceiling; doubles per attempt (default 250 ms). */
  readonly baseDelayMs?: number;
  /** Largest backoff ceiling (default 8 s). */
  readonly maxDelayMs?: number;
}
