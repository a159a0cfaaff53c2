import { OdooAuthenticationError } from '../errors/odoo-authentication.error';
import type { OdooCallRequest } from './odoo-call-request.type';
import type { OdooProtocol } from './odoo-protocol.type';
import type { OdooProtocolKind } from './odoo-protocol-kind.type';
import type { OdooServerVersion } from './odoo-server-version.type';
import type { ProtocolContext } from './protocol-context.type';
import { serverVersionOf } from './server-version-of.util';

export interface ServiceRpcAnswer {
  value: unknown;
  endpoint: string;
}

/**
 * The classic external API shared by JSON-RPC and XML-RPC: services `common` (version,
 * authenticate) and `object` (`execute_kw` with database, uid and secret). Subclasses only encode
 * one call on their wire format.
 */
export abstract class ServiceRpcProtocol implements OdooProtocol {
  abstract readonly kind: OdooProtocolKind;

  constructor(protected readonly context: ProtocolContext) {}

  async version(): Promise<OdooServerVersion> {
    const { value, endpoint } = await this.rpc('common', 'version', []);
    return serverVersionOf(value, endpoint);
  }

  async authenticate(): Promise<number> {
    const { database, login, secret } = this.context;
    const { value, endpoint } = await this.rpc('common', 'authenticate', [database, login, secret.reveal(), {}]);
    if (typeof value === 'number' && value > 0) return value;
    throw new OdooAuthenticationError(endpoint, `login "${login}" was refused by database "${database}"`, { exceptionName: null });
  }

  async call(request: OdooCallRequest, uid: number | null): Promise<unknown> {
    const { database, secret } = this.context;
    const args = [database, uid, secret.reveal(), request.model, request.method, request.ids ? [[...request.ids]] : [], request.kwargs];
    return (await this.rpc('object', 'execute_kw', args, `${request.model}.${request.method}`)).value;
  }

  /** One call of `service.method(*args)`; `target` labels it (e.g. `res.users.read`). */
  protected abstract rpc(service: string, method: string, args: unknown[], target?: string): Promise<ServiceRpcAnswer>;
}
