/** The facts of a `__manifest__.py` the corpus keeps in `addons/<module>/manifest.json`. */
export interface CorpusManifest {
  readonly name?: string;
  readonly version?: string;
  readonly category?: string;
  readonly depends?: readonly string[];
  readonly data?: readonly string[];
  readonly demo?: readonly string[];
  readonly auto_install?: boolean | readonly string[];
  readonly application?: boolean;
  readonly license?: string;
  /** Which of the data files the corpus kept (not a manifest key). */
  readonly security_files?: readonly string[];
}
