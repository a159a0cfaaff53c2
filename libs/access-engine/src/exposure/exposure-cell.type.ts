import type { FieldGrant } from './field-grant.type';

/** Read and write of one field for one set of effective groups (null = not allowed). */
export interface ExposureCell {
  readonly read: FieldGrant | null;
  readonly write: FieldGrant | null;
}

export const NO_EXPOSURE: ExposureCell = { read: null, write: null };
