import { OdooProtocolError } from '../errors/odoo-protocol.error';

/** The JSON value of a response body, or an error naming the endpoint and the parse failure. */
export function parseJsonBody(text: string, endpoint: string, redact: (text: string) => string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const reason = redact((error as Error).message);
    throw new OdooProtocolError(endpoint, `malformed JSON response (${text.length} bytes): ${reason}`);
  }
}
