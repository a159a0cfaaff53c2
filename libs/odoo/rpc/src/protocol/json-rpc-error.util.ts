import type { OdooServerError } from '../errors/odoo-server.error';
import { serverErrorOf } from '../errors/server-error-of.util';
import { isPlainObject } from './is-plain-object.util';

const SESSION_EXPIRED_CODE = 100;

/** The typed error for a JSON-RPC `error` member (`{code, message, data: {name, message, debug}}`). */
export function jsonRpcError(endpoint: string, error: unknown, redact: (text: string) => string): OdooServerError {
  const body = isPlainObject(error) ? error : {};
  const data = isPlainObject(body['data']) ? body['data'] : {};
  const name = typeof data['name'] === 'string' ? data['name'] : null;
  const message = stringOr(data['message'], stringOr(body['message'], 'unknown error'));
  const code = typeof body['code'] === 'number' ? body['code'] : undefined;
  const details = { exceptionName: name, code, debug: typeof data['debug'] === 'string' ? redact(data['debug']) : undefined };
  return serverErrorOf(endpoint, redact(message), details, code === SESSION_EXPIRED_CODE ? 'session-expired' : undefined);
}

function stringOr(value: unknown, fallback: string): string {
  return typeof value === 'string' && value.length > 0 ? value : fallback;
}
