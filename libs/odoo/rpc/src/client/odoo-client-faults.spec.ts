import { inspect } from 'node:util';
import { OdooAccessError } from '../errors/odoo-access.error';
import { OdooAuthenticationError } from '../errors/odoo-authentication.error';
import { OdooProtocolError } from '../errors/odoo-protocol.error';
import { OdooTimeoutError } from '../errors/odoo-timeout.error';
import { OdooTransportError } from '../errors/odoo-transport.error';
import { startOdooTestServer, type OdooTestServer } from '../testing';
import { clientOf } from '../testing/client-of.test-util';
import { HrTrees, READ_TREES_TIMEOUT_MS } from '../testing/hr-trees.test-util';
import { PROTOCOL_MATRIX } from '../testing/protocol-matrix.test-util';
import type { OdooLogger } from './odoo-logger.type';

/** Every way an error or log line could carry text, for the credential checks. */
function everyRendering(value: unknown): string {
  const error = value as Error;
  return [String(value), error?.message, error?.stack, inspect(value, { depth: 10, showHidden: true }), JSON.stringify(value)].join('\n');
}

const trees = new HrTrees();
beforeAll(() => trees.read(), READ_TREES_TIMEOUT_MS);

describe.each(PROTOCOL_MATRIX)('faults over %s (Odoo %s)', (protocol, version) => {
  let server: OdooTestServer;
  const object = protocol === 'json2' ? ({ service: 'json2' } as const) : ({ service: 'object' } as const);
  const rendered: string[] = [];
  const secrets: string[] = [];
  const logger: OdooLogger = { debug: (d, m) => rendered.push(JSON.stringify(d), m), warn: (d, m) => rendered.push(JSON.stringify(d), m) };
  const client = (timeoutMs = 2_000) => clientOf(server, protocol, { timeoutMs, logger });
  const attempts = () => server.callsOf('search_count', 'res.users').length;
  const failure = async (promise: Promise<unknown>) => {
    const error = await promise.then(() => undefined, (e: unknown) => e);
    rendered.push(everyRendering(error));
    return error;
  };

  beforeEach(async () => {
    server = await startOdooTestServer({ snapshot: trees.snapshot(version) });
    secrets.push(server.credentials.password, server.credentials.apiKey);
  });
  afterEach(() => server.close());
  afterAll(() => {
    const text = rendered.join('\n');
    expect(rendered.length).toBeGreaterThan(20);
    for (const secret of secrets) expect(text).not.toContain(secret);
  });

  it('retries after a hung call times out', async () => {
    server.fault({ kind: 'hang', when: { ...object, method: 'search_count' } });
    await expect(client(300).searchCount('res.users')).resolves.toBeGreaterThan(0);
    expect(attempts()).toBe(2);
  });

  it('gives up with a timeout error after the bounded attempts', async () => {
    server.fault({ kind: 'hang', when: { ...object, method: 'search_count' }, times: Infinity });
    const error = await failure(client(200).searchCount('res.users'));
    expect(error).toBeInstanceOf(OdooTimeoutError);
    expect((error as Error).message).toMatch(/res\.users\.search_count: no complete answer within 200 ms \(gave up after 4 attempts\)/);
    expect(attempts()).toBe(4);
  });

  it('retries after a connection reset', async () => {
    server.fault({ kind: 'reset', when: { ...object, method: 'search_count' } });
    await expect(client().searchCount('res.users')).resolves.toBeGreaterThan(0);
    expect(attempts()).toBe(2);
  });

  it('retries after 5xx answers', async () => {
    server.fault({ kind: 'http-error', status: 503, when: { ...object, method: 'search_count' }, times: 2 });
    await expect(client().searchCount('res.users')).resolves.toBeGreaterThan(0);
    expect(attempts()).toBe(3);
  });

  it('reports a persistent 502 with its status once the attempts are spent', async () => {
    server.fault({ kind: 'http-error', status: 502, when: { ...object, method: 'search_count' }, times: Infinity });
    const error = await failure(client().searchCount('res.users'));
    expect(error).toBeInstanceOf(OdooTransportError);
    expect(error).toMatchObject({ status: 502, attempts: 4, retryable: true });
    expect((error as Error).message).toMatch(/HTTP 502 \(gave up after 4 attempts\)/);
  });

  it('never resends a method that may write', async () => {
    server.fault({ kind: 'http-error', status: 502, when: { ...object, method: 'write' }, times: Infinity });
    const error = await failure(client().call('res.users', 'write', { vals: { name: 'x' } }, { ids: [2] }));
    expect(error).toMatchObject({ status: 502, attempts: 1 });
    expect(server.callsOf('write')).toHaveLength(1);
  });

  it('reports a malformed answer, naming the endpoint', async () => {
    server.fault({ kind: 'malformed', when: { ...object, method: 'search_count' } });
    const error = await failure(client().searchCount('res.users'));
    expect(error).toBeInstanceOf(OdooProtocolError);
    const format = protocol === 'xmlrpc' ? 'XML-RPC' : 'JSON';
    const path = { jsonrpc: 'jsonrpc object.execute_kw', xmlrpc: 'xmlrpc/2/object object.execute_kw', json2: 'json/2/res.users/search_count' }[protocol];
    expect((error as Error).message).toContain(`POST ${server.url}/${path} res.users.search_count: malformed ${format} response`);
  });

  it('authenticates again once when the session expires, and carries on', async () => {
    server.fault({ kind: 'session-expiry', when: { ...object, method: 'search_count' }, skip: 1 });
    const c = client();
    await c.searchCount('res.users');
    await expect(c.searchCount('res.users')).resolves.toBeGreaterThan(0);
    const logins = protocol === 'json2' ? server.callsOf('context_get') : server.callsOf('authenticate');
    expect(logins).toHaveLength(2);
  });

  it('reports an authentication error when authenticating again is refused', async () => {
    server.fault({ kind: 'session-expiry', permanent: true, when: { ...object, method: 'search_count' } });
    const error = await failure(client().searchCount('res.users'));
    expect(error).toBeInstanceOf(OdooAuthenticationError);
  });

  it('reports a wrong secret as an authentication error without echoing it', async () => {
    const wrong = `wrong-${server.credentials.password}-secret`;
    const error = await failure(clientOf(server, protocol, { secret: wrong, logger }).searchCount('res.users'));
    expect(error).toBeInstanceOf(OdooAuthenticationError);
    expect(everyRendering(error)).not.toContain(wrong);
    expect((error as Error).message).toMatch(protocol === 'json2' ? /Invalid apikey/ : /login "admin" was refused by database "sightline"/);
    expect(server.callsOf(protocol === 'json2' ? 'context_get' : 'authenticate')).toHaveLength(1);
  });

  it('reports an access error as OdooAccessError', async () => {
    server.fault({ kind: 'access-error', when: { ...object, model: 'hr.employee' } });
    const error = await failure(client().searchCount('hr.employee'));
    expect(error).toBeInstanceOf(OdooAccessError);
    expect((error as Error).message).toMatch(/You are not allowed to access 'hr.employee'/);
  });

  it('keeps the secret out of its string forms', () => {
    const c = client();
    rendered.push(String(c), inspect(c, { depth: 10, showHidden: true }), JSON.stringify(c));
    expect(String(c)).toBe(`OdooClient(${protocol} ${server.url}/ database "sightline" login "admin")`);
  });
});

describe('concurrency limit', () => {
  let server: OdooTestServer;
  beforeEach(async () => {
    server = await startOdooTestServer({ snapshot: trees.snapshot('18.0'), latencyMs: 25 });
  });
  afterEach(() => server.close());

  const burst = (clients: ReturnType<typeof clientOf>[]) => Promise.all(Array.from({ length: 8 }, (_, i) => clients[i % clients.length]!.searchCount('res.users')));

  it('has one call in flight per database by default, across clients of that database', async () => {
    await burst([clientOf(server, 'jsonrpc'), clientOf(server, 'xmlrpc')]);
    expect(server.maxInFlight).toBe(1);
  });

  it('allows the configured number of calls in flight', async () => {
    await burst([clientOf(server, 'jsonrpc', { concurrency: 3 })]);
    expect(server.maxInFlight).toBe(3);
  });
});
