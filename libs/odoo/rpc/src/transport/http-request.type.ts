export interface HttpRequest {
  readonly method: 'GET' | 'POST';
  /** Path relative to the Odoo base URL, e.g. `jsonrpc` or `json/2/res.users/search_read`. */
  readonly path: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string;
  readonly timeoutMs: number;
  /** What the request does, for error messages: `object.execute_kw res.users.search_read`. */
  readonly label: string;
}
