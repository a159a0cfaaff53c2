import type { Secret } from '../credentials/secret';
import type { OdooProtocolKind } from '../protocol/odoo-protocol-kind.type';
import type { OdooAddressPolicy } from '../transport/odoo-address-policy';
import type { OdooLogger } from './odoo-logger.type';
import type { OdooRetryOptions } from './odoo-retry-options.type';

export interface OdooClientOptions {
  /** Base URL of the Odoo server (`https://erp.example.com`), without credentials. */
  readonly url: string;
  readonly database: string;
  readonly login: string;
  /** Password or API key (JSON-2 needs an API key). */
  readonly secret: string | Secret;
  /** Default `jsonrpc`. */
  readonly protocol?: OdooProtocolKind;
  /** Per HTTP request, connection to last byte (default 60 s). */
  readonly timeoutMs?: number;
  readonly retry?: OdooRetryOptions;
  /** Calls in flight per database (default 1). */
  readonly concurrency?: number;
  readonly logger?: OdooLogger;
  /** Jitter source in [0, 1) (default `Math.random`). */
  readonly random?: () => number;
  /**
   * Which addresses the client may connect to (server-side syncs: loopback, private, link-local and
   * metadata addresses refused unless allowed). The host is resolved once and that address is used
   * throughout; redirects are not followed. Default: any address (the command line's own syncs).
   */
  readonly addressPolicy?: OdooAddressPolicy;
}
