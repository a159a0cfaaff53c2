/** ISO 8601 → Odoo's `YYYY-MM-DD HH:MM:SS` (UTC). */
export function toOdooDatetime(iso: string): string {
  return new Date(iso).toISOString().slice(0, 19).replace('T', ' ');
}
