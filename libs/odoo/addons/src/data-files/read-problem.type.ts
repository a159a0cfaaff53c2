/** One thing wrong (or left out) in a tree: where it is and why. */
export interface ReadProblem {
  /** The file as opened: the addons path joined with the path inside it. */
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  readonly message: string;
}
