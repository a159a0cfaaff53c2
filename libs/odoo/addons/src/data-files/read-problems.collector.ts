import { AddonsReadError } from './addons-read.error';
import type { ReadProblem } from './read-problem.type';

export type ReadMode = 'strict' | 'lenient';

/** Collects errors and warnings; in strict mode the first error is thrown as an {@link AddonsReadError}. */
export class ReadProblems {
  readonly errors: ReadProblem[] = [];
  readonly warnings: ReadProblem[] = [];

  constructor(private readonly mode: ReadMode) {}

  error(problem: ReadProblem): void {
    if (this.mode === 'strict') throw new AddonsReadError([problem]);
    this.errors.push(problem);
  }

  warn(problem: ReadProblem): void {
    this.warnings.push(problem);
  }
}
