import { OdooTransportError } from './odoo-transport.error';

/** The Odoo URL's host is (or resolves to) an address server-side connections may not reach. */
export class OdooAddressRefusedError extends OdooTransportError {
  constructor(endpoint: string, cause?: unknown) {
    super(endpoint, 'refused: the host is not an address Sightline may connect to (loopback, private, link-local or metadata; see SIGHTLINE_ODOO_ALLOWED_HOSTS)', {
      retryable: false,
      cause,
    });
  }
}
