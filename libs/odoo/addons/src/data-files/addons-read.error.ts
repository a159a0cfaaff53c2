import { formatReadProblem } from './format-read-problem.util';
import type { ReadProblem } from './read-problem.type';

/** Reading addon trees failed; each problem names its file, line and cause. */
export class AddonsReadError extends Error {
  constructor(readonly problems: readonly ReadProblem[]) {
    super(problems.map(formatReadProblem).join('\n'));
    this.name = 'AddonsReadError';
  }
}
