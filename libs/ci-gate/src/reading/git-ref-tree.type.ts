/** Addons paths as they were at a git revision, extracted into a temporary directory. */
export interface GitRefTree {
  readonly ref: string;
  /** The same addons paths, in the same order, at the revision (paths outside the repository as given). */
  readonly addonsPaths: readonly string[];
  /** Rewrites a temporary path in a message to `<ref>:<path in the repository>`. */
  describe(path: string): string;
  remove(): void;
}
