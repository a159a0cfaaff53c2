import { isPlainObject } from './is-plain-object.util';
import { json2Error } from './json2-error.util';
import type { OdooCallRequest } from './odoo-call-request.type';
import type { OdooProtocol } from './odoo-protocol.type';
import type { OdooServerVersion } from './odoo-server-version.type';
import { parseJsonBody } from './parse-json-body.util';
import type { ProtocolContext } from './protocol-context.type';
import { serverVersionOf } from './server-version-of.util';

/**
 * Odoo 19's `POST /json/2/<model>/<method>`: bearer API key, `X-Odoo-Database`, a JSON body of
 * named arguments (+ `ids`, `context`), the method's result as the body.
 */
export class Json2Protocol implements OdooProtocol {
  readonly kind = 'json2' as const;
  readonly #context: ProtocolContext;

  constructor(context: ProtocolContext) {
    this.#context = context;
  }

  async version(): Promise<OdooServerVersion> {
    const request = { method: 'GET' as const, path: 'web/version', timeoutMs: this.#context.timeoutMs, label: 'version' };
    const { value, endpoint } = await this.#send(request);
    return serverVersionOf(value, endpoint);
  }

  /** Checks the key with `res.users.context_get`, which also names the uid. */
  async authenticate(): Promise<number | null> {
    const context = await this.call({ model: 'res.users', method: 'context_get', kwargs: {} });
    return isPlainObject(context) && typeof context['uid'] === 'number' ? context['uid'] : null;
  }

  async call(request: OdooCallRequest): Promise<unknown> {
    const { database, secret, timeoutMs } = this.#context;
    const body = JSON.stringify(request.ids ? { ids: request.ids, ...request.kwargs } : request.kwargs);
    const path = `json/2/${encodeURIComponent(request.model)}/${encodeURIComponent(request.method)}`;
    const headers = { Authorization: `bearer ${secret.reveal()}`, 'X-Odoo-Database': database, 'Content-Type': 'application/json' };
    const label = `${request.model}.${request.method}`;
    return (await this.#send({ method: 'POST', path, headers, body, timeoutMs, label })).value;
  }

  async #send(request: Parameters<ProtocolContext['transport']['send']>[0]): Promise<{ value: unknown; endpoint: string }> {
    const { transport, redact } = this.#context;
    const endpoint = transport.endpoint(request);
    const response = await transport.send(request);
    if (response.status !== 200) throw json2Error(endpoint, response.status, response.text, redact);
    return { value: parseJsonBody(response.text, endpoint, redact), endpoint };
  }
}
