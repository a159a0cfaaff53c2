/** A path into the overrides document: `['fields', 3, 'categories', 1]`. */
export type OverridePath = readonly (string | number)[];

export interface SourcePosition {
  /** 1-based. */
  readonly line: number;
  /** 1-based. */
  readonly column: number;
}

/** Finds where a path sits in the source text; undefined when the overrides did not come from a file. */
export type OverrideLocator = (path: OverridePath) => SourcePosition | undefined;

/** One problem in an overrides document. */
export interface OverrideIssue {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  /** `fields[3].categories[1]`; empty for the document itself. */
  readonly path: string;
  readonly message: string;
}
