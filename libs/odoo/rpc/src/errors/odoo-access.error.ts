import { OdooServerError } from './odoo-server.error';

/** `odoo.exceptions.AccessError`: the account may not read this model or these records. */
export class OdooAccessError extends OdooServerError {}
