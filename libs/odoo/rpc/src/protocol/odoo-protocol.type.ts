import type { OdooCallRequest } from './odoo-call-request.type';
import type { OdooProtocolKind } from './odoo-protocol-kind.type';
import type { OdooServerVersion } from './odoo-server-version.type';

/** One wire protocol. Each method is a single HTTP request: retries and limits are the client's. */
export interface OdooProtocol {
  readonly kind: OdooProtocolKind;
  version(): Promise<OdooServerVersion>;
  /** The uid, or null when the protocol authenticates without one (JSON-2 bearer keys). */
  authenticate(): Promise<number | null>;
  call(request: OdooCallRequest, uid: number | null): Promise<unknown>;
}
