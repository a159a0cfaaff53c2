import { OdooTransportError } from './odoo-transport.error';

/** No complete answer within the per-call timeout. */
export class OdooTimeoutError extends OdooTransportError {}
