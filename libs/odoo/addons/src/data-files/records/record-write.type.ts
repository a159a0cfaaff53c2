import type { FieldWrite } from './field-value.type';

/** A `<record>`, a CSV row or a `write()` call: fields written to one record. */
export interface RecordWrite {
  readonly model: string;
  readonly xmlid: string;
  readonly fields: readonly FieldWrite[];
  readonly line: number;
}
