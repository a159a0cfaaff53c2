import { OdooProtocolError } from '../errors/odoo-protocol.error';
import { httpStatusError } from './http-status-error.util';
import { isPlainObject } from './is-plain-object.util';
import { jsonRpcError } from './json-rpc-error.util';
import { parseJsonBody } from './parse-json-body.util';
import { ServiceRpcProtocol } from './service-rpc.protocol';
import type { ServiceRpcAnswer } from './service-rpc.protocol';

/** JSON-RPC 2.0 on `POST /jsonrpc` (services `common` and `object`), Odoo 17–19. */
export class JsonRpcProtocol extends ServiceRpcProtocol {
  readonly kind = 'jsonrpc' as const;
  #nextId = 1;

  protected async rpc(service: string, method: string, args: unknown[], target = ''): Promise<ServiceRpcAnswer> {
    const { transport, timeoutMs, redact } = this.context;
    const body = JSON.stringify({ jsonrpc: '2.0', method: 'call', id: this.#nextId++, params: { service, method, args } });
    const request = {
      method: 'POST' as const,
      path: 'jsonrpc',
      headers: { 'Content-Type': 'application/json' },
      body,
      timeoutMs,
      label: `${service}.${method} ${target}`.trim(),
    };
    const endpoint = transport.endpoint(request);
    const response = await transport.send(request);
    if (response.status !== 200) throw httpStatusError(endpoint, response.status);
    return { value: resultOf(parseJsonBody(response.text, endpoint, redact), endpoint, redact), endpoint };
  }
}

function resultOf(body: unknown, endpoint: string, redact: (text: string) => string): unknown {
  if (!isPlainObject(body)) throw new OdooProtocolError(endpoint, 'the answer is not a JSON-RPC response object');
  if (body['error'] !== undefined && body['error'] !== null) throw jsonRpcError(endpoint, body['error'], redact);
  // Odoo leaves `result` out when the method returned None.
  return body['result'] ?? null;
}
