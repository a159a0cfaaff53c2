/** How one head addons path was read on the base side of `--base-ref`. */
export interface BasePathOrigin {
  /** The head addons path (absolute). */
  readonly path: string;
  /** `at-ref`: read at the revision; `as-is`: the same files on both sides (nothing of it is compared). */
  readonly compared: 'at-ref' | 'as-is';
  /** The git work tree holding the path, null outside any. */
  readonly repository: string | null;
  /** Why the path was taken as it is; null for `at-ref`. */
  readonly reason: string | null;
}

/** Addons paths as they were at a git revision, extracted into a temporary directory. */
export interface GitRefTree {
  readonly ref: string;
  /** The same addons paths, in the same order, at the revision (paths taken as they are: as given). */
  readonly addonsPaths: readonly string[];
  /** Per head addons path, in the same order: compared at the revision or taken as it is. */
  readonly origins: readonly BasePathOrigin[];
  /** Rewrites a temporary path in a message to `<ref>:<path in the repository>`. */
  describe(path: string): string;
  remove(): void;
}
