/** Where something is written in an addon: module name, file path inside the module, 1-based line. */
export interface SourceSite {
  readonly module: string;
  readonly file: string;
  readonly line: number;
}
