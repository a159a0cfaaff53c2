import { readAddonsSnapshot } from '@sightline/odoo-addons';
import { corpusVersions, generateOrganisation, materializeCorpusTree, type CorpusTree, type CorpusVersion } from '@sightline/odoo-corpus';
import type { Snapshot } from '@sightline/odoo-model';

/** Materialising and reading the three trees takes a few seconds, more when every Jest worker does it at once. */
export const MATERIALIZE_TIMEOUT_MS = 60_000;

/**
 * Corpus addon trees read by the real addon reader with `hr` installed (its dependencies and
 * auto-installed modules come along), and generated organisations on top. One per test file:
 * `materialize()` in `beforeAll`, `remove()` in `afterAll`.
 */
export class HrCorpus {
  readonly #trees = new Map<CorpusVersion, CorpusTree>();
  readonly #readings = new Map<CorpusVersion, Snapshot>();
  readonly #organisations = new Map<string, Snapshot>();

  materialize(versions: readonly CorpusVersion[] = corpusVersions): void {
    for (const version of versions) {
      if (this.#trees.has(version)) continue;
      const tree = materializeCorpusTree(version);
      this.#trees.set(version, tree);
      this.#readings.set(version, readAddonsSnapshot({ addonsPaths: [tree.addonsPath], odooVersion: version, install: ['hr'], mode: 'lenient' }).snapshot);
    }
  }

  /** The reading of the tree alone. */
  reading(version: CorpusVersion): Snapshot {
    const reading = this.#readings.get(version);
    if (!reading) throw new Error(`the ${version} tree is not materialised: call materialize() in beforeAll`);
    return reading;
  }

  /** The reading plus a generated organisation of `users` users (cached per arguments). */
  snapshot(version: CorpusVersion, users = 40, seed = 7): Snapshot {
    const key = `${version}/${users}/${seed}`;
    let snapshot = this.#organisations.get(key);
    if (!snapshot) {
      snapshot = generateOrganisation(this.reading(version), { users, seed });
      this.#organisations.set(key, snapshot);
    }
    return snapshot;
  }

  remove(): void {
    for (const tree of this.#trees.values()) tree.remove();
    this.#trees.clear();
  }
}
