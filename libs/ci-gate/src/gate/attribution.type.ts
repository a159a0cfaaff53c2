import type { FieldInfo, Snapshot, SourceLocation } from '@sightline/odoo-model';
import type { FindingCause } from '../model/check-finding.type';
import type { RecordTextReader } from './record-text.reader';

/** The head snapshot, the base snapshot when the base is a tree (null for a baseline file). */
export interface AttributionContext {
  readonly head: Snapshot;
  readonly base: Snapshot | null;
  readonly records: RecordTextReader;
  /** A head field by `model/field`, unprotected ones included. */
  readonly headField: (key: string) => FieldInfo | undefined;
  /** Every field defined at base. */
  readonly baseFields: ReadonlySet<string>;
}

/** Why a finding exists and the record, CSV row or field definition (relative to its addons path). */
export interface Attribution {
  readonly cause: FindingCause;
  readonly source: SourceLocation | null;
}
