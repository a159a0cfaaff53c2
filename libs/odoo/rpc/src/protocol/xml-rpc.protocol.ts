import { OdooProtocolError } from '../errors/odoo-protocol.error';
import { encodeXmlRpcCall } from '../xmlrpc/encode-xmlrpc-call.util';
import { parseXmlRpcDocument } from '../xmlrpc/parse-xmlrpc-document.util';
import type { XmlRpcDocument } from '../xmlrpc/xmlrpc-document.type';
import { XmlRpcSyntaxError } from '../xmlrpc/xmlrpc-syntax.error';
import type { XmlRpcValue } from '../xmlrpc/xmlrpc-value.type';
import { httpStatusError } from './http-status-error.util';
import { ServiceRpcProtocol } from './service-rpc.protocol';
import type { ServiceRpcAnswer } from './service-rpc.protocol';
import { xmlRpcFaultError } from './xml-rpc-fault-error.util';

/** XML-RPC on `POST /xmlrpc/2/common` and `/xmlrpc/2/object`, Odoo 17–19. */
export class XmlRpcProtocol extends ServiceRpcProtocol {
  readonly kind = 'xmlrpc' as const;

  protected async rpc(service: string, method: string, args: unknown[], target = ''): Promise<ServiceRpcAnswer> {
    const { transport, timeoutMs, redact } = this.context;
    const request = {
      method: 'POST' as const,
      path: `xmlrpc/2/${service}`,
      headers: { 'Content-Type': 'text/xml; charset=utf-8' },
      body: encodeXmlRpcCall(method, args as XmlRpcValue[]),
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
