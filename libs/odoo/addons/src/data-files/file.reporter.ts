import type { DataFileContext } from './data-file-context.type';
import { DataFileProblemError } from './data-file-problem.error';
import type { ReadProblems } from './read-problems.collector';

/** Reports problems of one data file, naming the file. */
export class FileReporter {
  constructor(
    private readonly problems: ReadProblems,
    readonly context: DataFileContext,
  ) {}

  error(message: string, line?: number, column?: number): void {
    this.problems.error({ file: this.context.file, line, column, message });
  }

  warn(message: string, line?: number, column?: number): void {
    this.problems.warn({ file: this.context.file, line, column, message });
  }

  /**
   * Runs `action`; a {@link DataFileProblemError} it throws becomes an error at its own position,
   * or at `line`. Returns what `action` returned, or false after an error.
   */
  guard(line: number, action: () => boolean | void): boolean {
    try {
      return action() !== false;
    } catch (error) {
      if (!(error instanceof DataFileProblemError)) throw error;
      this.error(error.reason, error.line ?? line, error.column);
      return false;
    }
  }
}
