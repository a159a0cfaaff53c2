import type { Snapshot } from '@sightline/odoo-model';
import { buildCorpusSnapshot } from './corpus/build-corpus-snapshot.util';
import { corpusDir } from './corpus-dir.util';
import { generateOrganisation } from './org/generate-organisation.util';

export type CorpusVersion = '17.0' | '18.0' | '19.0';

const cache = new Map<string, Snapshot>();

/** A snapshot of the corpus's hr module and its dependencies plus a generated organisation (cached per arguments). */
export function hrSnapshot(odooVersion: CorpusVersion, users = 40, seed = 7): Snapshot {
  const key = `${odooVersion}/${users}/${seed}`;
  let snapshot = cache.get(key);
  if (!snapshot) {
    snapshot = generateOrganisation(buildCorpusSnapshot({ corpusDir: corpusDir(), odooVersion, modules: ['hr'] }), { users, seed });
    cache.set(key, snapshot);
  }
  return snapshot;
}
