import { AccessEngine } from '@sightline/access-engine';
import type { Snapshot } from '@sightline/odoo-model';
import { withClassifications } from '@sightline/exposure-report';
import { buildCatalog, UnsupportedVersionError } from '@sightline/privacy-catalog';
import type { ClassificationCatalog, ClassificationOverrides } from '@sightline/privacy-catalog';
import { UserInputError } from '@sightline/platform-graphql';
import type { SnapshotAnalysis } from './snapshot-analysis.type';

/** Classifies the snapshot with the catalog of its version and the overrides, and builds its engine. */
export function analyzeSnapshot(snapshotId: string, stored: Snapshot, overrides: ClassificationOverrides, argument = 'snapshotId'): SnapshotAnalysis {
  const catalog = catalogOf(stored.meta.odooVersion, overrides, argument);
  const snapshot = withClassifications(stored, catalog.classifications);
  return {
    snapshotId,
    snapshot,
    catalog,
    engine: AccessEngine.create(snapshot),
    usersByKey: new Map(snapshot.users.map((user) => [user.key, user])),
  };
}

function catalogOf(version: string, overrides: ClassificationOverrides, argument: string): ClassificationCatalog {
  try {
    return buildCatalog(version, overrides);
  } catch (error) {
    if (error instanceof UnsupportedVersionError) throw new UserInputError(argument, `no default classification for Odoo ${version}: ${error.message}`);
    throw error;
  }
}
