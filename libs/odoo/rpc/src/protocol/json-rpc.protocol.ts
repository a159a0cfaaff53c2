import { OdooAuthenticationError } from '../errors/odoo-authentication.error';
import { OdooProtocolError } from '../errors/odoo-protocol.error';
import { httpStatusError } from './http-status-error.util';
import { isPlainObject } from './is-plain-object.util';
import { jsonRpcError } from './json-rpc-error.util';
import { parseJsonBody } from './parse-json-body.util';
import type { OdooCallRequest } from './odoo-call-request.type';
import type { OdooProtocol } from './odoo-protocol.type';
import type { OdooServerVersion } from './odoo-server-version.type';
import type { ProtocolContext } from './protocol-context.type';
import { serverVersionOf } from './server-version-of.util';

/** JSON-RPC 2.0 on `POST /jsonrpc` (services `common` and `object`), Odoo 17–19. */
export class JsonRpcProtocol implements OdooProtocol {
  readonly kind = 'jsonrpc' as const;
  readonly #context: ProtocolContext;
  #nextId = 1;

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
    const args = [database, uid, secret.reveal(), request.model, request.method, request.ids ? [request.ids] : [], request.kwargs];
    return (await this.#rpc('object', 'execute_kw', args, `${request.model}.${request.method}`)).value;
  }

  async #rpc(service: string, method: string, args: unknown[], target = ''): Promise<{ value: unknown; endpoint: string }> {
    const { transport, timeoutMs, redact } = this.#context;
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
