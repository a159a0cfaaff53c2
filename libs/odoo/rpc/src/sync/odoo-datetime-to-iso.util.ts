/** Odoo's UTC `YYYY-MM-DD HH:MM:SS` as ISO 8601 (`…Z`), or null. */
export function odooDatetimeToIso(value: unknown): string | null {
  if (typeof value !== 'string' || value.length === 0) return null;
  const match = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})/.exec(value);
  return match ? `${match[1]}T${match[2]}Z` : null;
}
