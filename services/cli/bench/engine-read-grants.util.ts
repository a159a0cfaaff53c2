import type { ExposureMatrix } from '@sightline/access-engine';

/** `user key ⇥ model/field` of every read grant of the matrix, profiles expanded to their users. */
export function engineReadGrants(matrix: ExposureMatrix): Set<string> {
  const grants = new Set<string>();
  for (const profile of matrix.profiles) {
    const readable = matrix.fields.filter((_, i) => profile.cells[i]!.read);
    for (const user of profile.userKeys) for (const field of readable) grants.add(`${user}\t${field.key}`);
  }
  return grants;
}
