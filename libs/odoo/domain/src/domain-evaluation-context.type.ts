import type { PythonEnvironment } from '@sightline/odoo-python';
import type { DomainLeaf } from './domain-node.type';

/**
 * Reads fields of the caller's records. A record can be anything (a plain object, an id, a row):
 * the resolver receives exactly what it returned for the previous path segment.
 */
export interface RecordResolver<R = unknown> {
  /**
   * The value of `field` on `record`: a scalar (str, number, bool), `false`/`null`/`undefined` when
   * empty, the related record (or its id) for a many2one, an array of records (or ids) for an x2many.
   */
  field(record: R, field: string): unknown;
  /** The id a record value compares as; default: `value.id` for objects, the value itself otherwise. */
  id?(value: unknown): unknown;
}

/** The parent id of a record id for `child_of` / `parent_of` (the leaf tells which model it is about). */
export type ParentLookup = ReadonlyMap<unknown, unknown> | ((id: unknown, leaf: DomainLeaf) => unknown);

export interface DomainEvaluationContext<R = unknown> {
  readonly resolver: RecordResolver<R>;
  /**
   * Names for leaf values that are still expressions (`user`, `company_ids`, `company_id`, `time`).
   * Not needed for a domain already bound with `bindDomain`, which is also faster on many records.
   */
  readonly env?: PythonEnvironment;
  /** Needed by `child_of` and `parent_of` leaves. */
  readonly parents?: ParentLookup;
}
