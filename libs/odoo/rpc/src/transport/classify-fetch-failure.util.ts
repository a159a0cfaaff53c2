import { OdooTimeoutError } from '../errors/odoo-timeout.error';
import { OdooTransportError } from '../errors/odoo-transport.error';
import { RETRYABLE_NETWORK_CODES } from './network-error-codes';

/** The transport error for something `fetch` (or reading its body) threw. */
export function classifyFetchFailure(error: unknown, endpoint: string, timeoutMs: number): OdooTransportError {
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'TimeoutError' || name === 'AbortError') {
    return new OdooTimeoutError(endpoint, `no complete answer within ${timeoutMs} ms`, { retryable: true, cause: error });
  }
  const code = networkCode(error);
  const detail = code ? `connection failed (${code})` : `request failed (${describe(error)})`;
  return new OdooTransportError(endpoint, detail, { retryable: code !== undefined && RETRYABLE_NETWORK_CODES.has(code), cause: error });
}

function networkCode(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && depth < 4; current = (current as { cause?: unknown }).cause, depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
