/**
 * Base of every error this library throws. `endpoint` names the HTTP request and the Odoo call
 * (`POST http://host/jsonrpc object.execute_kw res.users.search_read`), never a credential.
 */
export class OdooRpcError extends Error {
  readonly endpoint: string;

  constructor(endpoint: string, detail: string, options?: { cause?: unknown }) {
    super(`${endpoint}: ${detail}`, options);
    this.name = new.target.name;
    this.endpoint = endpoint;
  }
}
