import { classifyFetchFailure } from './classify-fetch-failure.util';
import type { HttpRequest } from './http-request.type';
import type { HttpResponse } from './http-response.type';

/**
 * Sends one HTTP request to an Odoo server with Node's `fetch`, bounded by the request's timeout
 * (connection, headers and body together). Any status is returned; only network failures and
 * timeouts throw (as `OdooTransportError` / `OdooTimeoutError`).
 */
export class HttpTransport {
  readonly #base: URL;

  constructor(baseUrl: URL) {
    this.#base = new URL(baseUrl.href.endsWith('/') ? baseUrl.href : `${baseUrl.href}/`);
  }

  /** `POST http://host/jsonrpc object.execute_kw …`: how errors name a request. */
  endpoint(request: Pick<HttpRequest, 'method' | 'path' | 'label'>): string {
    return `${request.method} ${new URL(request.path, this.#base).href} ${request.label}`.trim();
  }

  async send(request: HttpRequest): Promise<HttpResponse> {
    const url = new URL(request.path, this.#base);
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
}
