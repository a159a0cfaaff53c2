import { OdooAccessError } from './odoo-access.error';
import { OdooAuthenticationError } from './odoo-authentication.error';
import { OdooServerError, type OdooServerErrorDetails } from './odoo-server.error';
import { OdooSessionExpiredError } from './odoo-session-expired.error';

export type ServerErrorKind = 'access' | 'authentication' | 'session-expired' | 'other';

const KIND_OF_EXCEPTION: Readonly<Record<string, ServerErrorKind>> = {
  'odoo.exceptions.AccessError': 'access',
  'odoo.exceptions.AccessDenied': 'authentication',
  'odoo.http.SessionExpiredException': 'session-expired',
  'werkzeug.exceptions.Unauthorized': 'authentication',
};

/** The typed error for an Odoo exception name (or a kind the protocol already knows). */
export function serverErrorOf(
  endpoint: string,
  message: string,
  details: OdooServerErrorDetails,
  kind: ServerErrorKind = KIND_OF_EXCEPTION[details.exceptionName ?? ''] ?? 'other',
): OdooServerError {
  switch (kind) {
    case 'access':
      return new OdooAccessError(endpoint, message, details);
    case 'authentication':
      return new OdooAuthenticationError(endpoint, message, details);
    case 'session-expired':
      return new OdooSessionExpiredError(endpoint, message, details);
    default:
      return new OdooServerError(endpoint, message, details);
  }
}
