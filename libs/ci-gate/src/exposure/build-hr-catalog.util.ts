import { buildCatalog, UnsupportedVersionError, type ClassificationCatalog, type ClassificationOverrides } from '@sightline/privacy-catalog';
import { CheckInputError } from '../reading/check-input.error';

/** The catalog of an Odoo version with the policy's classification overrides; an unsupported version is input the gate cannot judge. */
export function buildHrCatalog(odooVersion: string, overrides: ClassificationOverrides | undefined, where: string): ClassificationCatalog {
  try {
    return buildCatalog(odooVersion, overrides);
  } catch (error) {
    if (error instanceof UnsupportedVersionError) {
      throw new CheckInputError([{ file: where, message: `no classification catalog for Odoo ${odooVersion}: ${error.message}` }]);
    }
    throw error;
  }
}
