import { splitXmlId } from '@sightline/odoo-model';

/**
 * Whether XML text in module `inModule` refers to `xmlid`: `ref('module.name')`, `ref="module.name"`,
 * or the short name inside its own module.
 */
export function mentionsXmlId(text: string, xmlid: string, inModule: string): boolean {
  const parts = splitXmlId(xmlid);
  if (!parts) return false;
  const names = [xmlid, ...(parts.module === inModule ? [parts.name] : [])].map(escape);
  return new RegExp(`ref\\s*(?:\\(\\s*|=\\s*)['"](?:${names.join('|')})['"]`).test(text);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
