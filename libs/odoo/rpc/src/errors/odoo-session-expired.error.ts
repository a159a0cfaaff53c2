import { OdooServerError } from './odoo-server.error';

/** `odoo.http.SessionExpiredException` (JSON-RPC code 100). */
export class OdooSessionExpiredError extends OdooServerError {}
