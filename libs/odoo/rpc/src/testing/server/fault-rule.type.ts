import type { OdooProtocolKind } from '../../protocol/odoo-protocol-kind.type';

/**
 * What goes wrong:
 * - `hang`: never answer (the client's timeout must fire);
 * - `reset`: drop the connection;
 * - `http-error`: answer `status` (default 502) with an HTML page, as a proxy would;
 * - `malformed`: answer 200 with a truncated JSON or XML body;
 * - `session-expiry`: answer as an expired session does (JSON-RPC code 100, XML-RPC AccessDenied,
 *   JSON-2 401) until the client authenticates again; `permanent` refuses that too;
 * - `access-error`: raise `AccessError` for the model.
 */
export type FaultKind = 'hang' | 'reset' | 'http-error' | 'malformed' | 'session-expiry' | 'access-error';

export interface FaultMatch {
  readonly protocol?: OdooProtocolKind;
  readonly service?: 'common' | 'object' | 'json2' | 'web';
  readonly method?: string;
  readonly model?: string;
}

export interface FaultRule {
  readonly kind: FaultKind;
  readonly when?: FaultMatch;
  /** Matching calls to let through before the fault starts (default 0). */
  readonly skip?: number;
  /** How many matching calls fail (default 1; `Infinity` for all). */
  readonly times?: number;
  readonly status?: number;
  readonly permanent?: boolean;
}
