import type { FileReporter } from '../file.reporter';

/** Where a value being checked is written: for problems that should not stop the rest of the record. */
export interface ProblemSite {
  readonly reporter: FileReporter;
  readonly line: number;
}
