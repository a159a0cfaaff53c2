import { isPlainObject } from '../../protocol/is-plain-object.util';
import { jsonResponse } from './json-response.util';
import { ACCESS_DENIED, SESSION_EXPIRED, type OdooTestBackend } from './odoo-test-backend';
import { pythonTraceback } from './python-traceback.util';
import { runCommonMethod } from './run-common-method.util';
import type { TestCall } from './test-call.type';
import type { DecodedTestRequest, TestHttpRequest } from './test-http.type';
import { TestOrmError } from './test-orm.error';

/** `POST /jsonrpc`: `{"jsonrpc": "2.0", "method": "call", "params": {service, method, args}}`. */
export function decodeJsonRpc(request: TestHttpRequest, backend: OdooTestBackend): DecodedTestRequest {
  const body = JSON.parse(request.body) as unknown;
  if (!isPlainObject(body) || !isPlainObject(body['params'])) throw new TestOrmError('werkzeug.exceptions.BadRequest', 'not a JSON-RPC call');
  const id = body['id'] ?? null;
  const { service, method, args = [] } = body['params'] as { service?: unknown; method?: unknown; args?: unknown[] };
  const call = callOf(String(service), String(method), args);
  return {
    call,
    run: () => (call.service === 'common' ? runCommonMethod(backend, call.method, args) : backend.executeKw(args, call)),
    success: (result) => jsonResponse(result === null || result === undefined ? { jsonrpc: '2.0', id } : { jsonrpc: '2.0', id, result }),
    failure: (error) => jsonResponse({ jsonrpc: '2.0', id, error: errorOf(error) }),
    malformed: () => ({ status: 200, contentType: 'application/json', body: `{"jsonrpc": "2.0", "id": ${JSON.stringify(id)}, "result": [{"id": 1, "na` }),
  };
}

function callOf(service: string, method: string, args: readonly unknown[]): TestCall {
  if (service === 'object' && method === 'execute_kw') return { protocol: 'jsonrpc', service: 'object', method: String(args[4]), model: String(args[3]) };
  if (service !== 'common') throw new TestOrmError('builtins.Exception', `No such service ${service}`);
  return { protocol: 'jsonrpc', service: 'common', method };
}

function errorOf(error: TestOrmError): Record<string, unknown> {
  const data = { name: error.exceptionName, message: error.message, arguments: [error.message], context: {}, debug: pythonTraceback(error.exceptionName, error.message) };
  if (error.exceptionName === SESSION_EXPIRED) return { code: 100, message: 'Odoo Session Expired', data };
  const message = error.exceptionName === ACCESS_DENIED ? 'Access Denied' : error.message;
  return { code: 200, message: 'Odoo Server Error', data: { ...data, message } };
}
