/**
 * The fully-qualified form of an XML id written inside `module`'s data files: a reference without
 * a dot belongs to that module (Odoo `convert.py` `id_get`), one with a dot is already qualified.
 */
export function qualifyXmlId(ref: string, module: string): string {
  return ref.includes('.') ? ref : `${module}.${ref}`;
}
