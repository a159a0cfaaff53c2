import { OdooTransportError } from '../errors/odoo-transport.error';

/** An HTTP error status without an Odoo error in the body: 5xx is worth retrying, 4xx is not. */
export function httpStatusError(endpoint: string, status: number): OdooTransportError {
  return new OdooTransportError(endpoint, `HTTP ${status}`, { retryable: status >= 500, status });
}
