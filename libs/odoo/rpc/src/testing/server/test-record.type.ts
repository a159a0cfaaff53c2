/**
 * A stored row: many2one as an id or `false`, x2many as id lists, scalars as Odoo sends them
 * (`false` for empty).
 */
export type TestValue = string | number | boolean | readonly number[];

export interface TestRecord {
  readonly id: number;
  readonly [field: string]: TestValue;
}
