export interface OdooCallOptions {
  /** Record ids, for record methods such as `read`. */
  readonly ids?: readonly number[];
  /**
   * Whether transport failures may be retried. Defaults to true for read-only methods only, so a
   * write that timed out after the server applied it is never sent twice.
   */
  readonly retry?: boolean;
}
