import type { FieldExposure } from './field-exposure.type';

/** The exposure of a member holding exactly `explicitGroupXmlids` (and what they imply). */
export interface HypotheticalExposure {
  readonly explicitGroupXmlids: readonly string[];
  readonly effectiveGroupXmlids: readonly string[];
  /** Fields with some access; `via` paths start at the explicit groups, the first one preferred. */
  readonly fields: readonly FieldExposure[];
}

/** The group-level view: what a member of the group (plus base internal user) can read and write. */
export interface GroupExposure extends HypotheticalExposure {
  readonly groupXmlid: string;
}
