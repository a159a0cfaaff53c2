/** A materialised addons path; `remove()` deletes what the materialiser wrote. */
export interface CorpusTree {
  readonly addonsPath: string;
  remove(): void;
}
