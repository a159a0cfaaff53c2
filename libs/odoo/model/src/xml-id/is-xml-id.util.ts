/** `module.name` with exactly one dot (Odoo refuses a second one) and no whitespace. */
export const XML_ID_PATTERN = /^[^.\s]+\.[^.\s]+$/;

export function isXmlId(value: string): boolean {
  return XML_ID_PATTERN.test(value);
}
