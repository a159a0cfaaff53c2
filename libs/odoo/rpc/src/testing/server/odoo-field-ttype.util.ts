/** Field classes whose `ir.model.fields.ttype` is not their own name. */
const TTYPE_OF_CLASS: Readonly<Record<string, string>> = { Id: 'integer', Image: 'binary' };

/**
 * The `ir.model.fields.ttype` Odoo stores for a field type as source code spells it
 * (`Many2one` → `many2one`, `Many2oneReference` → `many2one_reference`, `Image` → `binary`);
 * types spelled as `ttype` already stay as they are.
 */
export function odooFieldTtype(type: string): string {
  return TTYPE_OF_CLASS[type] ?? type.replace(/(?<=[a-z0-9])([A-Z])/g, '_$1').toLowerCase();
}
