import { withClassifications } from '@sightline/exposure-report';
import { readAddonsSnapshot } from '@sightline/odoo-addons';
import { corpusModuleNames, generateOrganisation, materializeCorpusTree, type CorpusVersion } from '@sightline/odoo-corpus';
import type { Snapshot } from '@sightline/odoo-model';
import { buildClassification } from '@sightline/privacy-catalog';

/** Tests, themes, localisations and hardware drivers: left out of the biggest install the corpus allows. */
const NOT_AN_APPLICATION = /^(test|l10n_|theme_|hw_)|_test$|^test_/;

/** Distinct job roles of the generated organisation: companies grant access by function. */
export const benchJobRoles = 150;

/**
 * The corpus tree of `version` read by the real addon reader with every application module
 * installed (no demo data), classified by the version's privacy catalog, plus a generated
 * organisation of `users` users holding one of {@link benchJobRoles} job roles each.
 */
export function benchSnapshot(version: CorpusVersion, users: number, seed: number): Snapshot {
  const tree = materializeCorpusTree(version);
  try {
    const install = corpusModuleNames(version).filter((name) => !NOT_AN_APPLICATION.test(name));
    const { snapshot } = readAddonsSnapshot({ addonsPaths: [tree.addonsPath], odooVersion: version, install, mode: 'lenient' });
    return generateOrganisation(withClassifications(snapshot, buildClassification(version)), { users, seed, jobRoles: benchJobRoles });
  } finally {
    tree.remove();
  }
}
