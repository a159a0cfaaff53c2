import { OdooRpcError } from './odoo-rpc.error';

export interface OdooTransportErrorOptions {
  /** Worth another attempt: timeouts, connection resets, 5xx without an Odoo error body. */
  readonly retryable: boolean;
  readonly status?: number;
  readonly attempts?: number;
  readonly cause?: unknown;
}

/** The request did not get an Odoo answer: network failure, timeout or an HTTP error status. */
export class OdooTransportError extends OdooRpcError {
  readonly retryable: boolean;
  readonly status: number | undefined;
  readonly attempts: number;
  readonly detail: string;

  constructor(endpoint: string, detail: string, options: OdooTransportErrorOptions) {
    const attempts = options.attempts ?? 1;
    super(endpoint, attempts > 1 ? `${detail} (gave up after ${attempts} attempts)` : detail, { cause: options.cause });
    this.detail = detail;
    this.retryable = options.retryable;
    this.status = options.status;
    this.attempts = attempts;
  }

  /** The same failure, reported as the last of `attempts` tries. */
  afterAttempts(attempts: number): OdooTransportError {
    const Kind = this.constructor as new (endpoint: string, detail: string, options: OdooTransportErrorOptions) => OdooTransportError;
    return new Kind(this.endpoint, this.detail, { retryable: this.retryable, status: this.status, attempts, cause: this.cause });
  }
}
