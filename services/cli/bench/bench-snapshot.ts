import { withClassifications } from '@sightline/exposure-report';
import { readAddonsSnapshot } from '@sightline/odoo-addons';
import { generateOrganisation, realOdooTree, type CorpusVersion } from '@sightline/odoo-corpus';
import type { Snapshot } from '@sightline/odoo-model';
import { buildClassification } from '@sightline/privacy-catalog';

/** Distinct job roles of the generated organisation: companies grant access by function. */
export const benchJobRoles = 150;

/**
 * The published Odoo tree of `version` read whole by the real addon reader (every installable
 * module but Odoo's tests, no demo data), classified by the version's privacy catalog, plus a
 * generated organisation of `users` users holding one of {@link benchJobRoles} job roles each.
 */
export function benchSnapshot(version: CorpusVersion, users: number, seed: number): Snapshot {
  const { snapshot } = readAddonsSnapshot({ addonsPaths: realOdooTree(version).addonsPaths });
  return generateOrganisation(withClassifications(snapshot, buildClassification(version)), { users, seed, jobRoles: benchJobRoles });
}
