import { OdooRpcError } from './odoo-rpc.error';

export interface OdooServerErrorDetails {
  /** Odoo's exception class, e.g. `odoo.exceptions.AccessError`, when the protocol says it. */
  readonly exceptionName: string | null;
  /** The server-side traceback, when sent. */
  readonly debug?: string;
  /** HTTP status (JSON-2) or XML-RPC fault code. */
  readonly code?: number | string;
}

/** Odoo ran the call and reported an error (JSON-RPC `error`, XML-RPC fault, JSON-2 error body). */
export class OdooServerError extends OdooRpcError {
  readonly exceptionName: string | null;
  readonly serverMessage: string;
  readonly debug: string | undefined;
  readonly code: number | string | undefined;

  constructor(endpoint: string, serverMessage: string, details: OdooServerErrorDetails) {
    super(endpoint, details.exceptionName ? `${details.exceptionName}: ${serverMessage}` : serverMessage);
    this.serverMessage = serverMessage;
    this.exceptionName = details.exceptionName;
    this.debug = details.debug;
    this.code = details.code;
  }
}
