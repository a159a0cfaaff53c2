import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildTestDatabase } from './build-test-database.util';
import { FaultPlan } from './fault-plan';
import type { FaultRule } from './fault-rule.type';
import { htmlResponse } from './html-response.util';
import { OdooTestBackend } from './odoo-test-backend';
import type { OdooTestServerOptions } from './odoo-test-server-options.type';
import { routeTestRequest } from './route-test-request.util';
import type { TestCall } from './test-call.type';
import type { TestCredentials } from './test-credentials.type';
import type { TestDatabase } from './test-database';
import type { DecodedTestRequest, TestHttpRequest, TestHttpResponse } from './test-http.type';
import { TestOrmError } from './test-orm.error';

/**
 * An HTTP server on 127.0.0.1 speaking Odoo's JSON-RPC, XML-RPC and (19) JSON-2 over records built
 * from a snapshot, with fault injection (`faults`), call recording (`calls`, `maxInFlight`) and
 * hooks that may change the data between calls (`onCall`).
 */
export class OdooTestServer {
  readonly url: string;
  readonly database: string;
  readonly odooVersion: string;
  readonly credentials: TestCredentials;
  readonly db: TestDatabase;
  readonly faults = new FaultPlan();
  readonly calls: TestCall[] = [];
  readonly #server: Server;
  readonly #backend: OdooTestBackend;
  readonly #latencyMs: number;
  #inFlight = 0;
  #maxInFlight = 0;

  private constructor(server: Server, backend: OdooTestBackend, credentials: TestCredentials, latencyMs: number) {
    this.#server = server;
    this.#backend = backend;
    this.#latencyMs = latencyMs;
    this.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    this.database = backend.database;
    this.odooVersion = backend.db.odooVersion;
    this.credentials = credentials;
    this.db = backend.db;
  }

  static async start(options: OdooTestServerOptions): Promise<OdooTestServer> {
    const credentials: TestCredentials = {
      login: options.credentials?.login ?? 'admin',
      password: options.credentials?.password ?? `pw-${randomBytes(12).toString('hex')}`,
      apiKey: options.credentials?.apiKey ?? randomBytes(20).toString('hex'),
    };
    const db = buildTestDatabase(options.snapshot, options.odooVersion ?? options.snapshot.meta.odooVersion);
    const backend = new OdooTestBackend(db, options.database ?? 'sightline', credentials);
    // The request handler needs the instance, which needs the listening server's port.
    const holder: { instance?: OdooTestServer } = {};
    const server = createServer((req, res) => void holder.instance!.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    holder.instance = new OdooTestServer(server, backend, credentials, options.latencyMs ?? 0);
    return holder.instance;
  }

  /** The most calls that were ever being answered at once. */
  get maxInFlight(): number {
    return this.#maxInFlight;
  }

  fault(...rules: FaultRule[]): this {
    this.faults.add(...rules);
    return this;
  }

  onCall(hook: (call: TestCall, db: TestDatabase) => void): void {
    this.#backend.onCall(hook);
  }

  /** Calls of an ORM method (and model), e.g. to count pages. */
  callsOf(method: string, model?: string): TestCall[] {
    return this.calls.filter((call) => call.method === method && (model === undefined || call.model === model));
  }

  async close(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.#server.close(() => resolve()));
    this.#server.closeAllConnections();
    await closed;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    this.#inFlight++;
    this.#maxInFlight = Math.max(this.#maxInFlight, this.#inFlight);
    res.on('close', () => this.#inFlight--);
    const request = await readRequest(req);
    let routed: DecodedTestRequest | TestHttpResponse;
    try {
      routed = routeTestRequest(request, this.#backend);
    } catch (error) {
      return send(res, htmlResponse(400, `Bad Request: ${(error as Error).message}`));
    }
    if ('status' in routed) return send(res, routed);
    this.calls.push(routed.call);
    const response = this.answer(routed, this.faults.take(routed.call), req);
    if (!response) return;
    if (this.#latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.#latencyMs));
    send(res, response);
  }

  /** The answer, or undefined when the fault is not to answer at all. */
  private answer(decoded: DecodedTestRequest, fault: FaultRule | undefined, req: IncomingMessage): TestHttpResponse | undefined {
    switch (fault?.kind) {
      case 'hang':
        return undefined;
      case 'reset':
        req.socket.destroy();
        return undefined;
      case 'http-error':
        return htmlResponse(fault.status ?? 502, 'Bad Gateway');
      case 'malformed':
        return decoded.malformed();
      case 'access-error':
        return decoded.failure(accessError(decoded.call.model ?? ''));
      case 'session-expiry':
        this.#backend.expire(fault.permanent ?? false);
        return this.run(decoded);
      default:
        return this.run(decoded);
    }
  }

  private run(decoded: DecodedTestRequest): TestHttpResponse {
    try {
      return decoded.success(decoded.run());
    } catch (error) {
      if (error instanceof TestOrmError) return decoded.failure(error);
      return decoded.failure(new TestOrmError('builtins.Exception', (error as Error).message));
    }
  }
}

/** Starts an {@link OdooTestServer} on a free port of 127.0.0.1. */
export function startOdooTestServer(options: OdooTestServerOptions): Promise<OdooTestServer> {
  return OdooTestServer.start(options);
}

function accessError(model: string): TestOrmError {
  return new TestOrmError('odoo.exceptions.AccessError', `You are not allowed to access '${model}' (${model}) records.\n\nContact your administrator to request access if necessary.`);
}

async function readRequest(req: IncomingMessage): Promise<TestHttpRequest> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  return { method: req.method ?? 'GET', path, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
}

function send(res: ServerResponse, response: TestHttpResponse): void {
  if (res.destroyed) return;
  res.writeHead(response.status, { 'Content-Type': response.contentType, 'Content-Length': Buffer.byteLength(response.body) });
  res.end(response.body);
}
