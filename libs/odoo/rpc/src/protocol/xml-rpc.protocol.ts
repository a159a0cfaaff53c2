import { OdooAuthenticationError } from '../errors/odoo-authentication.error';
import { OdooProtocolError } from '../errors/odoo-protocol.error';
import { encodeXmlRpcCall } from '../xmlrpc/encode-xmlrpc-call.util';
import { parseXmlRpcDocument } from '../xmlrpc/parse-xmlrpc-document.util';
import type { XmlRpcDocument } from '../xmlrpc/xmlrpc-document.type';
import { XmlRpcSyntaxError } from '../xmlrpc/xmlrpc-syntax.error';
import type { XmlRpcValue } from '../xmlrpc/xmlrpc-value.type';
import { httpStatusError } from './http-status-error.util';
import type { OdooCallRequest } from './odoo-call-request.type';
import type { OdooProtocol } from './odoo-protocol.type';
import type { OdooServerVersion } from './odoo-server-version.type';
import type { ProtocolContext } from './protocol-context.type';
import { serverVersionOf } from './server-version-of.util';
import { xmlRpcFaultError } from './xml-rpc-fault-error.util';

/** XML-RPC on `POST /xmlrpc/2/common` and `/xmlrpc/2/object`, Odoo 17–19. */
export class XmlRpcProtocol implements OdooProtocol {
  readonly kind = 'xmlrpc' as const;
  readonly #context: ProtocolContext;

  constructor(context: ProtocolContext) {
    this.#context = context;
  }

  async version(): Promise<OdooServerVersion> {
    const { value, endpoint } = await this.#rpc('common', 'version', []);
    return serverVersionOf(value, endpoint);
  }

  async authenticate(): Promise<number> {
    const { database, login, secret } = this.#context;
    const { value, endpoint } = await this.#rpc('common', 'authenticate', [database, login, secret.reveal(), {}]);
    if (typeof value === 'number' && value > 0) return value;
    throw new OdooAuthenticationError(endpoint, `login "${login}" was refused by database "${database}"`, { exceptionName: null });
  }

  async call(request: OdooCallRequest, uid: number | null): Promise<unknown> {
    const { database, secret } = this.#context;
    const args = request.ids ? [[...request.ids]] : [];
    const params = [database, uid, secret.reveal(), request.model, request.method, args, request.kwargs as XmlRpcValue];
    return (await this.#rpc('object', 'execute_kw', params, `${request.model}.${request.method}`)).value;
  }

  async #rpc(service: string, method: string, params: XmlRpcValue[], target = ''): Promise<{ value: XmlRpcValue; endpoint: string }> {
    const { transport, timeoutMs, redact } = this.#context;
    const request = {
      method: 'POST' as const,
      path: `xmlrpc/2/${service}`,
      headers: { 'Content-Type': 'text/xml; charset=utf-8' },
      body: encodeXmlRpcCall(method, params),
      timeoutMs,
      label: `${service}.${method} ${target}`.trim(),
    };
    const endpoint = transport.endpoint(request);
    const response = await transport.send(request);
    if (response.status !== 200) throw httpStatusError(endpoint, response.status);
    const document = parseResponse(response.text, endpoint, redact);
    if (document.kind === 'fault') throw xmlRpcFaultError(endpoint, document.fault, redact);
    if (document.kind !== 'response' || document.params.length !== 1) {
      throw new OdooProtocolError(endpoint, 'expected a <methodResponse> with exactly one <param>');
    }
    return { value: document.params[0]!, endpoint };
  }
}

function parseResponse(text: string, endpoint: string, redact: (text: string) => string): XmlRpcDocument {
  try {
    return parseXmlRpcDocument(text);
  } catch (error) {
    if (!(error instanceof XmlRpcSyntaxError)) throw error;
    throw new OdooProtocolError(endpoint, `malformed XML-RPC response (${text.length} bytes): ${redact(error.message)}`);
  }
}
