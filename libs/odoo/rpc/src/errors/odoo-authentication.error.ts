import { OdooServerError } from './odoo-server.error';

/** Login refused, `AccessDenied`, or an invalid API key (JSON-2 401). */
export class OdooAuthenticationError extends OdooServerError {}
