import { isPlainObject } from '../../protocol/is-plain-object.util';
import { jsonResponse } from './json-response.util';
import { ACCESS_DENIED, type OdooTestBackend } from './odoo-test-backend';
import { pythonTraceback } from './python-traceback.util';
import type { TestCall } from './test-call.type';
import type { DecodedTestRequest, TestHttpRequest } from './test-http.type';
import { TestOrmError } from './test-orm.error';

/** HTTP status per exception, as Odoo 19's `Json2Dispatcher.handle_error` gives them. */
const STATUS: Readonly<Record<string, number>> = {
  'werkzeug.exceptions.Unauthorized': 401,
  [ACCESS_DENIED]: 403,
  'odoo.exceptions.AccessError': 403,
  'odoo.exceptions.MissingError': 404,
  'builtins.KeyError': 404,
  'builtins.AttributeError': 404,
  'odoo.exceptions.UserError': 422,
  'builtins.TypeError': 422,
};

/** `POST /json/2/<model>/<method>` with a bearer API key (Odoo 19). */
export function decodeJson2(request: TestHttpRequest, backend: OdooTestBackend, model: string, method: string): DecodedTestRequest {
  const call: TestCall = { protocol: 'json2', service: 'json2', method, model };
  const body = request.body.trim() ? (JSON.parse(request.body) as unknown) : {};
  if (!isPlainObject(body)) throw new TestOrmError('werkzeug.exceptions.BadRequest', 'could not parse the body, expecting a json object');
  const authorization = header(request, 'authorization');
  const bearer = /^bearer (.+)$/i.exec(authorization ?? '')?.[1];
  return {
    call,
    run: () => backend.executeJson2(bearer, header(request, 'x-odoo-database'), call, body),
    success: (result) => jsonResponse(result ?? null),
    failure: (error) => jsonResponse(errorBody(error), STATUS[error.exceptionName] ?? 500),
    malformed: () => ({ status: 200, contentType: 'application/json', body: '[{"id": 1, "login": "adm' }),
  };
}

function errorBody(error: TestOrmError): Record<string, unknown> {
  return { name: error.exceptionName, message: error.message, arguments: [error.message], context: {}, debug: pythonTraceback(error.exceptionName, error.message) };
}

function header(request: TestHttpRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
