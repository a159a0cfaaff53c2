import type { ReadProblem } from '@sightline/odoo-addons';

const UNRESOLVED = /^(unknown|ambiguous) (model )?XML id /;

/**
 * A reference to a record or model the tree does not load (`unknown XML id …`): common in partial
 * trees, and the rest of the file is still read. Anything else (XML, CSV or eval syntax) means the
 * file could not be read.
 */
export function isUnresolvedReference(problem: ReadProblem): boolean {
  return UNRESOLVED.test(problem.message);
}
