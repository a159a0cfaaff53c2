import catalog17 from './field-groups-17.0.json';
import catalog18 from './field-groups-18.0.json';
import catalog19 from './field-groups-19.0.json';
import type { FieldGroupsCatalog } from './field-groups-catalog.type';

const CATALOGS = [catalog17, catalog18, catalog19] as unknown as readonly FieldGroupsCatalog[];

/**
 * The shipped catalog for a server series: `17.0`, `saas-18.2`… use their major version's catalog;
 * null for versions without one.
 */
export function fieldGroupsCatalogFor(odooVersion: string): FieldGroupsCatalog | null {
  const major = /(\d+)\./.exec(odooVersion)?.[1];
  return CATALOGS.find((catalog) => catalog.odooVersion === `${major}.0`) ?? null;
}
