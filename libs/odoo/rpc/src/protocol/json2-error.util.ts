import type { OdooRpcError } from '../errors/odoo-rpc.error';
import { OdooTransportError } from '../errors/odoo-transport.error';
import { serverErrorOf, type ServerErrorKind } from '../errors/server-error-of.util';
import { httpStatusError } from './http-status-error.util';
import { isPlainObject } from './is-plain-object.util';

/**
 * The error for a non-200 JSON-2 answer. Odoo 19 sends `{name, message, arguments, context, debug}`
 * with the exception's HTTP status (401 bad key, 403 AccessError/AccessDenied, 404, 422…); a body
 * that is not that (a proxy's 502 page) is a transport error.
 */
export function json2Error(endpoint: string, status: number, text: string, redact: (text: string) => string): OdooRpcError {
  const body = tryJson(text);
  if (status === 404 && !isPlainObject(body)) {
    return new OdooTransportError(endpoint, 'HTTP 404: no JSON-2 endpoint here (JSON-2 needs Odoo 19 or later)', { retryable: false, status });
  }
  if (!isPlainObject(body) || typeof body['message'] !== 'string') return httpStatusError(endpoint, status);
  const name = typeof body['name'] === 'string' ? body['name'] : null;
  const details = { exceptionName: name, code: status, debug: typeof body['debug'] === 'string' ? redact(body['debug']) : undefined };
  return serverErrorOf(endpoint, redact(body['message']), details, status === 401 ? 'authentication' : kindOf(name, status));
}

function kindOf(name: string | null, status: number): ServerErrorKind | undefined {
  if (name === null && status === 403) return 'access';
  return undefined;
}

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
