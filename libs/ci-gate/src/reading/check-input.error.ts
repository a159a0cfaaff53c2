import { formatReadProblem, type ReadProblem } from '@sightline/odoo-addons';

/** Input the gate could not read (addon trees, policy, baseline, git revision); each problem names file and line. */
export class CheckInputError extends Error {
  constructor(readonly problems: readonly ReadProblem[]) {
    super(problems.map(formatReadProblem).join('\n'));
    this.name = 'CheckInputError';
  }
}
