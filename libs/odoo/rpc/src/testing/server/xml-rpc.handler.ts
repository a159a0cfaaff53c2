import { encodeXmlRpcResponse } from '../../xmlrpc/encode-xmlrpc-response.util';
import { parseXmlRpcDocument } from '../../xmlrpc/parse-xmlrpc-document.util';
import { runCommonMethod } from './run-common-method.util';
import { ACCESS_DENIED, SESSION_EXPIRED, type OdooTestBackend } from './odoo-test-backend';
import { pythonTraceback } from './python-traceback.util';
import type { TestCall } from './test-call.type';
import type { DecodedTestRequest, TestHttpRequest, TestHttpResponse } from './test-http.type';
import { TestOrmError } from './test-orm.error';
import { toXmlRpcValue } from './to-xmlrpc-value.util';

/** Fault codes of Odoo's `/xmlrpc/2` (`rpc.py`): 1 application error, 2 warning, 3 AccessDenied, 4 AccessError. */
const FAULT_CODES: Readonly<Record<string, number>> = {
  [ACCESS_DENIED]: 3,
  [SESSION_EXPIRED]: 3,
  'odoo.exceptions.AccessError': 4,
  'odoo.exceptions.MissingError': 2,
  'odoo.exceptions.UserError': 2,
  'odoo.exceptions.ValidationError': 2,
};

/** `POST /xmlrpc/2/common` and `/xmlrpc/2/object`. */
export function decodeXmlRpc(request: TestHttpRequest, backend: OdooTestBackend, service: 'common' | 'object'): DecodedTestRequest {
  const document = parseXmlRpcDocument(request.body);
  if (document.kind !== 'call') throw new TestOrmError('builtins.Exception', 'not an XML-RPC call');
  const params = document.params;
  const call: TestCall =
    service === 'object' && document.methodName === 'execute_kw'
      ? { protocol: 'xmlrpc', service, method: String(params[4]), model: String(params[3]) }
      : { protocol: 'xmlrpc', service, method: document.methodName };
  if (service === 'object' && document.methodName !== 'execute_kw') throw new TestOrmError('builtins.NameError', `Method not available ${document.methodName}`);
  return {
    call,
    run: () => (service === 'common' ? runCommonMethod(backend, call.method, params) : backend.executeKw(params, call)),
    success: (result) => xml(encodeXmlRpcResponse({ value: toXmlRpcValue(result) })),
    failure: (error) => xml(encodeXmlRpcResponse({ fault: faultOf(error) })),
    malformed: () => xml("<?xml version='1.0'?>\n<methodResponse>\n<params>\n<param>\n<value><array><data>\n<value><struct>"),
  };
}

function faultOf(error: TestOrmError): { faultCode: number; faultString: string } {
  const code = FAULT_CODES[error.exceptionName] ?? 1;
  if (code === 3) return { faultCode: 3, faultString: 'Access Denied' };
  return { faultCode: code, faultString: code === 1 ? pythonTraceback(error.exceptionName, error.message) : error.message };
}

function xml(body: string): TestHttpResponse {
  return { status: 200, contentType: 'text/xml; charset=utf-8', body };
}
