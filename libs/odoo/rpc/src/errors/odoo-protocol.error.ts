import { OdooRpcError } from './odoo-rpc.error';

/** The server answered, but not in the protocol's format (malformed JSON or XML, unexpected shape). */
export class OdooProtocolError extends OdooRpcError {}
