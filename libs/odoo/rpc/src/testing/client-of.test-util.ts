import { OdooClient } from '../client/odoo-client';
import type { OdooClientOptions } from '../client/odoo-client-options.type';
import type { OdooProtocolKind } from '../protocol/odoo-protocol-kind.type';
import type { OdooTestServer } from './server/odoo-test-server';

/** A client of the test server with the secret its protocol wants (JSON-2: the API key) and fast retries. */
export function clientOf(server: OdooTestServer, protocol: OdooProtocolKind, extra: Partial<OdooClientOptions> = {}): OdooClient {
  const secret = protocol === 'json2' ? server.credentials.apiKey : server.credentials.password;
  return new OdooClient({
    url: server.url,
    database: server.database,
    login: server.credentials.login,
    secret,
    protocol,
    timeoutMs: 2_000,
    retry: { attempts: 4, baseDelayMs: 5, maxDelayMs: 20 },
    ...extra,
  });
}
