import type { FieldInfo } from '@sightline/odoo-model';
import type { FieldGroupsCatalog } from '../catalog/field-groups-catalog.type';

/** Where a sync takes field groups from: an addon-tree reading, the shipped catalog, or nowhere. */
export type FieldGroupsSource =
  | { readonly kind: 'provider'; readonly fields: readonly FieldInfo[] }
  | { readonly kind: 'catalog'; readonly catalog: FieldGroupsCatalog }
  | { readonly kind: 'none' };
