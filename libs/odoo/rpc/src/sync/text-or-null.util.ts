/** A char/text value, or null for Odoo's `false`. */
export function textOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}
