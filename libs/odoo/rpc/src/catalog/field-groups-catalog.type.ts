/** `[groups as written ("a.b,!c.d"), module whose definition decided them, file in that module, line]`. */
export type FieldGroupsCatalogEntry = readonly [groups: string, module: string, file: string, line: number];

/**
 * The effective `groups=` of the standard fields of one Odoo version (fields without groups are
 * not listed): what a live sync falls back on, since the API does not expose field groups.
 */
export interface FieldGroupsCatalog {
  readonly odooVersion: string;
  readonly source: string;
  readonly fields: { readonly [model: string]: { readonly [field: string]: FieldGroupsCatalogEntry } };
}
