import { inspect } from 'node:util';
import { redactSecrets } from '../credentials/redact-secrets.util';
import { Secret } from '../credentials/secret';
import { OdooAuthenticationError } from '../errors/odoo-authentication.error';
import { OdooSessionExpiredError } from '../errors/odoo-session-expired.error';
import type { OdooProtocolKind } from '../protocol/odoo-protocol-kind.type';
import type { OdooProtocol } from '../protocol/odoo-protocol.type';
import type { OdooServerVersion } from '../protocol/odoo-server-version.type';
import { databaseLimiter } from '../transport/database-limiter.util';
import { HttpTransport } from '../transport/http-transport';
import { callWithRetry, type RetryRun } from './call-with-retry.util';
import { createProtocol } from './create-protocol.util';
import { odooBaseUrl } from './odoo-base-url.util';
import type { OdooCallOptions } from './odoo-call-options.type';
import type { OdooClientOptions } from './odoo-client-options.type';
import type { OdooDomain } from './odoo-domain.type';
import type { OdooRecord } from './odoo-record.type';
import { readAllRecords } from './read-all-records.util';
import type { ReadAllParams } from './read-all-params.type';
import { READ_ONLY_METHODS } from './read-only-methods';
import type { SearchReadParams } from './search-read-params.type';

const DEFAULT_TIMEOUT_MS = 60_000;

/**
 * A client of one Odoo database over JSON-RPC, XML-RPC or JSON-2. It authenticates lazily, retries
 * read-only calls after timeouts, resets and 5xx, authenticates again once when the server says the
 * session or credentials expired, and keeps to a per-database concurrency limit. The secret never
 * appears in its errors, logs or string form.
 */
export class OdooClient {
  readonly url: string;
  readonly database: string;
  readonly login: string;
  readonly protocol: OdooProtocolKind;
  readonly #wire: OdooProtocol;
  readonly #run: RetryRun;
  #version: Promise<OdooServerVersion> | undefined;
  #session: Promise<number | null> | undefined;

  constructor(options: OdooClientOptions) {
    const base = odooBaseUrl(options.url);
    const secret = Secret.from(options.secret);
    this.url = base.href;
    this.database = options.database;
    this.login = options.login;
    this.protocol = options.protocol ?? 'jsonrpc';
    const context = {
      transport: new HttpTransport(base, options.addressPolicy),
      database: options.database,
      login: options.login,
      secret,
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      redact: (text: string) => redactSecrets(text, [secret]),
    };
    this.#wire = createProtocol(this.protocol, context);
    this.#run = {
      attempts: options.retry?.attempts ?? 5,
      backoff: { baseDelayMs: options.retry?.baseDelayMs ?? 250, maxDelayMs: options.retry?.maxDelayMs ?? 8_000 },
      limiter: databaseLimiter(base.origin, options.database, options.concurrency ?? 1),
      random: options.random ?? Math.random,
      logger: options.logger,
    };
  }

  /** The server's version (asked once). */
  version(): Promise<OdooServerVersion> {
    this.#version ??= callWithRetry(() => this.#wire.version(), this.#run, true).catch((error: unknown) => {
      this.#version = undefined;
      throw error;
    });
    return this.#version;
  }

  /** Logs in (once) and gives the uid; null over JSON-2 when the server does not say it. */
  authenticate(): Promise<number | null> {
    this.#session ??= callWithRetry(() => this.#wire.authenticate(), this.#run, true).catch((error: unknown) => {
      this.#session = undefined;
      throw error;
    });
    return this.#session;
  }

  /** Calls `model.method` with named arguments (`domain`, `fields`, `context`…). */
  async call<T = unknown>(model: string, method: string, kwargs: Readonly<Record<string, unknown>> = {}, options: OdooCallOptions = {}): Promise<T> {
    const session = this.authenticate();
    const uid = await session;
    try {
      return await this.#callAs(uid, model, method, kwargs, options);
    } catch (error) {
      if (!(error instanceof OdooSessionExpiredError || error instanceof OdooAuthenticationError)) throw error;
      this.#run.logger?.warn({ endpoint: error.endpoint }, 'Odoo session or credentials expired; authenticating again');
      if (this.#session === session) this.#session = undefined;
      return this.#callAs(await this.authenticate(), model, method, kwargs, options);
    }
  }

  searchRead<T extends OdooRecord = OdooRecord>(model: string, params: SearchReadParams): Promise<T[]> {
    const { domain = [], fields, order, limit, offset, context } = params;
    return this.call<T[]>(model, 'search_read', { domain, fields, order, limit, offset, context });
  }

  searchCount(model: string, domain: OdooDomain = [], context?: Readonly<Record<string, unknown>>): Promise<number> {
    return this.call<number>(model, 'search_count', { domain, context });
  }

  /** Field descriptions of a model (only the fields the caller may access). */
  fieldsGet(model: string, attributes: readonly string[] = ['type', 'relation', 'string']): Promise<Record<string, Record<string, unknown>>> {
    return this.call(model, 'fields_get', { attributes });
  }

  /** Every record matching `domain`, paged by an `id > last id` cursor (see {@link readAllRecords}). */
  readAll<T extends OdooRecord = OdooRecord>(model: string, params: ReadAllParams): Promise<T[]> {
    return readAllRecords<T>(this, model, params);
  }

  toString(): string {
    return `OdooClient(${this.protocol} ${this.url} database "${this.database}" login "${this.login}")`;
  }

  [inspect.custom](): string {
    return this.toString();
  }

  async #callAs<T>(uid: number | null, model: string, method: string, kwargs: Readonly<Record<string, unknown>>, options: OdooCallOptions): Promise<T> {
    const retry = options.retry ?? READ_ONLY_METHODS.has(method);
    const request = { model, method, ids: options.ids, kwargs };
    const started = performance.now();
    const result = await callWithRetry(() => this.#wire.call(request, uid), this.#run, retry);
    this.#run.logger?.debug({ call: `${model}.${method}`, ms: Math.round(performance.now() - started) }, 'Odoo call done');
    return result as T;
  }
}
