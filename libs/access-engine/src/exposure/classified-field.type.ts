/** A personal-data field of the snapshot's classification. */
export interface ClassifiedField {
  readonly model: string;
  readonly field: string;
  /** `model/field`. */
  readonly key: string;
  readonly categories: readonly string[];
  readonly subjects: readonly string[];
}
