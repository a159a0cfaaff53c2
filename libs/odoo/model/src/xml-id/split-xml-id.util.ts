export interface XmlIdParts {
  readonly module: string;
  readonly name: string;
}

/** Splits `module.name` at its first dot, as Odoo's `xmlid_lookup` does; null when there is no dot. */
export function splitXmlId(xmlid: string): XmlIdParts | null {
  const dot = xmlid.indexOf('.');
  if (dot <= 0 || dot === xmlid.length - 1) return null;
  return { module: xmlid.slice(0, dot), name: xmlid.slice(dot + 1) };
}
