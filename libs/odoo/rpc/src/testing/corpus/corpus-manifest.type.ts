/** `addons/<module>/manifest.json` of the corpus: the facts of a module's `__manifest__.py`. */
export interface CorpusManifest {
  readonly name: string;
  readonly version?: string;
  readonly depends?: readonly string[];
  readonly data?: readonly string[];
  readonly demo?: readonly string[];
  readonly auto_install?: boolean | readonly string[];
  /** The data/demo files kept in the corpus (access CSVs and XML with security records). */
  readonly security_files?: readonly string[];
}
