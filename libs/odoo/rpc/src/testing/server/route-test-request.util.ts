import { decodeJsonRpc } from './json-rpc.handler';
import { decodeJson2 } from './json2.handler';
import type { OdooTestBackend } from './odoo-test-backend';
import type { DecodedTestRequest, TestHttpRequest, TestHttpResponse } from './test-http.type';
import { decodeXmlRpc } from './xml-rpc.handler';
import { htmlResponse } from './html-response.util';
import { jsonResponse } from './json-response.util';

/** The handler for a request, or a finished answer for routes that need none (404, `/web/version`). */
export function routeTestRequest(request: TestHttpRequest, backend: OdooTestBackend): DecodedTestRequest | TestHttpResponse {
  const v19 = backend.db.major >= 19;
  const json2 = /^\/json\/2\/([^/]+)\/([^/]+)$/.exec(request.path);
  if (request.method === 'POST' && request.path === '/jsonrpc') return decodeJsonRpc(request, backend);
  if (request.method === 'POST' && (request.path === '/xmlrpc/2/common' || request.path === '/xmlrpc/2/object')) {
    return decodeXmlRpc(request, backend, request.path.endsWith('common') ? 'common' : 'object');
  }
  if (v19 && request.method === 'POST' && json2) return decodeJson2(request, backend, decodeURIComponent(json2[1]!), decodeURIComponent(json2[2]!));
  if (v19 && request.method === 'GET' && request.path === '/web/version') {
    const info = backend.version();
    return jsonResponse({ version_info: info['server_version_info'], version: info['server_version'] });
  }
  return htmlResponse(404, 'Not Found');
}
