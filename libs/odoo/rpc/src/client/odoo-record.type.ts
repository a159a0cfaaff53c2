/** A record as `search_read` returns it: `id` plus the requested fields. */
export interface OdooRecord {
  readonly id: number;
  readonly [field: string]: unknown;
}
