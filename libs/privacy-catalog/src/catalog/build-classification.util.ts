import type { Classification } from '@sightline/odoo-model';
import type { ClassificationOverrides } from '../overrides/classification-overrides.type';
import { buildCatalog } from './build-catalog.util';

/** The personal fields of an Odoo version (defaults merged with overrides), ready for `Snapshot.classifications`. */
export function buildClassification(version: string, overrides?: ClassificationOverrides): Classification[] {
  return [...buildCatalog(version, overrides).classifications];
}
