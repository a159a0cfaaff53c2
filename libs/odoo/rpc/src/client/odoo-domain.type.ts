/** A search domain in Odoo's list form: leaves `[field, operator, value]` and `'&'`, `'|'`, `'!'`. */
export type OdooDomain = readonly (string | readonly [string, string, unknown])[];
