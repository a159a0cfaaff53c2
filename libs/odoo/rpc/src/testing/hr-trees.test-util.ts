import { readAddonsSnapshot } from '@sightline/odoo-addons';
import { corpusVersions, generateOrganisation, realOdooTree, type CorpusVersion } from '@sightline/odoo-corpus';
import type { Snapshot } from '@sightline/odoo-model';

/** Unpacking (the first time) and reading the three real trees takes seconds, several times that when every Jest worker does it at once. */
export const READ_TREES_TIMEOUT_MS = 120_000;

/**
 * The published Odoo trees (unpacked once under the system's temp folder, see `realOdooTree`) read
 * by the real addon reader with `hr` installed (its dependencies and auto-installed modules come
 * along), and generated organisations on top. One per test file: `read()` in `beforeAll`.
 */
export class HrTrees {
  readonly #readings = new Map<CorpusVersion, Snapshot>();
  readonly #organisations = new Map<string, Snapshot>();

  read(versions: readonly CorpusVersion[] = corpusVersions): void {
    for (const version of versions) {
      if (this.#readings.has(version)) continue;
      this.#readings.set(version, readAddonsSnapshot({ addonsPaths: realOdooTree(version).addonsPaths, odooVersion: version, install: ['hr'] }).snapshot);
    }
  }

  /** The reading of the tree alone. */
  reading(version: CorpusVersion): Snapshot {
    const reading = this.#readings.get(version);
    if (!reading) throw new Error(`the ${version} tree is not read: call read() in beforeAll`);
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
}
