/**
 * How many records of a mirrored model a user reaches ("412 of 415 employees"), over active
 * records (Odoo's `active_test`), or why that cannot be told from the snapshot.
 */
export type RecordCount =
  | { readonly model: string; readonly evaluable: true; readonly matching: number; readonly total: number }
  | { readonly model: string; readonly evaluable: false; readonly reason: string };
