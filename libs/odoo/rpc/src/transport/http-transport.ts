import { lookup as dnsLookup } from 'node:dns/promises';
import type { LookupAddress } from 'node:dns';
import { request as httpRequest } from 'node:http';
import type { IncomingMessage, RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import type { LookupFunction } from 'node:net';
import { OdooAddressRefusedError } from '../errors/odoo-address-refused.error';
import { classifyFetchFailure } from './classify-fetch-failure.util';
import type { HttpRequest } from './http-request.type';
import type { HttpResponse } from './http-response.type';
import type { OdooAddressPolicy } from './odoo-address-policy';

/**
 * Sends one HTTP request to an Odoo server, bounded by the request's timeout (connection, headers
 * and body together). Any status is returned; only network failures and timeouts throw (as
 * `OdooTransportError` / `OdooTimeoutError`).
 *
 * With an address policy (server-side syncs), the host is resolved once, every address it resolves
 * to is checked, and only those addresses are used for every connection of this transport (a custom
 * `lookup`, so a second DNS answer cannot point elsewhere); redirects are not followed.
 * Without one (the command line's own syncs), Node's `fetch`.
 */
export class HttpTransport {
  readonly #base: URL;
  readonly #policy: OdooAddressPolicy | undefined;
  #pinned: Promise<LookupAddress[]> | undefined;

  constructor(baseUrl: URL, policy?: OdooAddressPolicy) {
    this.#base = new URL(baseUrl.href.endsWith('/') ? baseUrl.href : `${baseUrl.href}/`);
    this.#policy = policy;
  }

  /** `POST http://host/jsonrpc object.execute_kw …`: how errors name a request. */
  endpoint(request: Pick<HttpRequest, 'method' | 'path' | 'label'>): string {
    return `${request.method} ${new URL(request.path, this.#base).href} ${request.label}`.trim();
  }

  async send(request: HttpRequest): Promise<HttpResponse> {
    const url = new URL(request.path, this.#base);
    if (this.#policy) return this.#sendGuarded(url, request, this.#policy);
    try {
      const response = await fetch(url, {
        method: request.method,
        headers: request.headers,
        body: request.body,
        signal: AbortSignal.timeout(request.timeoutMs),
      });
      const text = await response.text();
      return { status: response.status, contentType: response.headers.get('content-type') ?? '', text };
    } catch (error) {
      throw classifyFetchFailure(error, this.endpoint(request), request.timeoutMs);
    }
  }

  async #sendGuarded(url: URL, request: HttpRequest, policy: OdooAddressPolicy): Promise<HttpResponse> {
    const endpoint = this.endpoint(request);
    const hostname = url.hostname.replace(/^\[(.*)\]$/, '$1');
    const signal = AbortSignal.timeout(request.timeoutMs);
    try {
      const pinned = await this.#resolveOnce(hostname, policy, endpoint);
      const lookup: LookupFunction = (_host, options, callback) => {
        if ((options as { all?: boolean }).all) (callback as unknown as (e: null, all: LookupAddress[]) => void)(null, pinned);
        else callback(null, pinned[0].address, pinned[0].family);
      };
      const options: RequestOptions = {
        method: request.method,
        headers: { ...request.headers, ...(request.body !== undefined ? { 'content-length': String(Buffer.byteLength(request.body)) } : {}) },
        lookup,
        signal,
        agent: false,
      };
      const response = await new Promise<IncomingMessage>((resolve, reject) => {
        const outgoing = (url.protocol === 'https:' ? httpsRequest : httpRequest)(url, options, resolve);
        outgoing.on('error', reject);
        outgoing.end(request.body);
      });
      const text = await new Promise<string>((resolve, reject) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        response.on('error', reject);
        response.on('aborted', () => reject(Object.assign(new Error('the connection closed before the answer was complete'), { code: 'ECONNRESET' })));
      });
      return { status: response.statusCode ?? 0, contentType: String(response.headers['content-type'] ?? ''), text };
    } catch (error) {
      if (error instanceof OdooAddressRefusedError) throw error;
      throw classifyFetchFailure(signal.aborted ? Object.assign(new Error('timeout'), { name: 'TimeoutError' }) : error, endpoint, request.timeoutMs);
    }
  }

  /** The addresses this transport connects to (the host's, each checked), resolved once. */
  #resolveOnce(hostname: string, policy: OdooAddressPolicy, endpoint: string): Promise<LookupAddress[]> {
    this.#pinned ??= (async () => {
      const family = isIP(hostname);
      const addresses: LookupAddress[] = family !== 0 ? [{ address: hostname, family }] : await dnsLookup(hostname, { all: true, verbatim: true });
      // Every address the name has must be allowed: a name that mixes a public and a private
      // address is refused rather than connected to whichever one comes first.
      if (addresses.length === 0 || addresses.some((a) => !policy.allows(hostname, a.address))) throw new OdooAddressRefusedError(endpoint);
      return addresses;
    })();
    const pinned = this.#pinned;
    pinned.catch(() => {
      if (this.#pinned === pinned) this.#pinned = undefined;
    });
    return pinned;
  }
}
