/** Versions the shipped catalog covers, and where each was generated from (relative to the repository root). */
export const FIELD_GROUPS_CATALOG_SOURCES: Readonly<Record<string, string>> = {
  '17.0': 'test/fixtures/odoo-corpus/17.0/effective-field-groups.csv',
  '18.0': 'test/fixtures/odoo-corpus/18.0/effective-field-groups.csv',
  '19.0': 'test/fixtures/odoo-corpus/19.0/effective-field-groups.csv',
};
